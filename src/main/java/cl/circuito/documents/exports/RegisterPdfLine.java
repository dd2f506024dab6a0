package cl.circuito.documents.exports;

import cl.circuito.waitinglist.RegisterRow;

/** A line of the register's PDF, every cell already in words ({@link RegisterPdf} only lays them out). */
record RegisterPdfLine(int number, String child, String rut, String referrer, String causeNumbers, String cause,
                       String received, String deadline, String decision, String decidedOn, String state, String priority,
                       Integer score, Integer rank, String estimated, String monitoredOn, String monitoring,
                       String exitedOn, String exitReason, String senainfo, String senainfoOn) {

    static RegisterPdfLine of(int number, RegisterRow row, RegisterCells cells) {
        return new RegisterPdfLine(number, row.childName(), row.rut(), row.referrerName(), cells.causeNumbers(row),
                row.referralReason(), RegisterCells.date(row.receivedOn()),
                RegisterCells.date(row.admissibilityDueOn()), cells.decision(row), RegisterCells.date(row.decidedOn()),
                cells.state(row),
                cells.priority(row), row.score(), row.rank(), RegisterCells.date(row.estimatedAdmissionOn()),
                RegisterCells.date(row.lastMonitoredOn()), cells.monitoring(row), RegisterCells.date(row.exitedOn()),
                cells.exitReason(row), cells.senainfo(row), RegisterCells.senainfoDate(row));
    }
}
