package cl.circuito.documents.exports;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.EntryStatus;
import cl.circuito.waitinglist.RegisterRow;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.text.NumberFormat;
import java.util.stream.Stream;

/**
 * What each column of the register says, in Spanish, once for the three formats: the spreadsheet and the CSV
 * take {@link #values} (dates as dates, numbers as numbers, so a director can sort them), the PDF the texts.
 */
@Component
class RegisterCells {


    /**
     * The spreadsheet's and the CSV's columns, as message keys. Birth date and background sufficiency go beyond the
     * paper form: with them, a program's export imports back into Circuito as it is (waitinglist.importing).
     */
    private static final List<String> COLUMNS = List.of("number", "child", "rut", "birthDate", "referrer",
            "causeNumbers", "cause", "received", "backgroundSufficient", "deadline", "state", "decision", "decidedOn", "priority", "priorityOverridden", "score", "rank",
            "estimated", "lastMonitoredOn", "lastMonitoring", "exitedOn", "exitReason", "senainfo", "senainfoEnteredOn",
            "senainfoRemovedOn");

    private static final Locale ES_CL = Locale.forLanguageTag("es-CL");

    private final Messages messages;

    RegisterCells(Messages messages) {
        this.messages = messages;
    }

    List<String> headers() {
        return COLUMNS.stream().map(c -> messages.get("documents.column." + c)).toList();
    }

    /** One line, typed, in the order of {@link #headers()}; null leaves a cell empty. */
    Object[] values(int number, RegisterRow row) {
        return new Object[]{number, row.childName(), row.rut(), row.birthDate(), row.referrerName(), causeNumbers(row),
                row.referralReason(), row.receivedOn(),
                messages.get(row.backgroundSufficient() ? "documents.yes" : "documents.no"), row.admissibilityDueOn(), state(row), decision(row),
                row.decidedOn(), row.priority(), row.priorityOverridden() ? messages.get("documents.yes") : null,
                row.score(), row.rank(), row.estimatedAdmissionOn(), row.lastMonitoredOn(), monitoring(row),
                row.exitedOn(), exitReason(row), senainfo(row), row.senainfoEnteredOn(), row.senainfoRemovedOn()};
    }

    /** The title lines above the table: the form, the program, the institution, the comuna, the date, the filter. */
    List<String> title(RegisterTitle title) {
        List<String> lines = new ArrayList<>(List.of(
                messages.get("documents.register.form"),
                messages.get("documents.register.program", title.programName(), title.modality()),
                messages.get("documents.register.institution", title.institutionName()),
                messages.get("documents.register.comuna", title.comunaName(), title.regionName()),
                messages.get("documents.register.drawnOn", date(title.drawnOn())),
                messages.get("documents.register.filter", title.filterText())));
        // Formatted here: a message's number argument would follow the request's locale ("2,000" in English).
        lines.add(messages.get("documents.register.count", NumberFormat.getIntegerInstance(ES_CL).format(title.count())));
        return lines;
    }

    String filterText(RegisterFilter filter, Integer year) {
        String text = messages.get("documents.filter." + filter.name());
        return year == null ? text : messages.get("documents.filter.withYear", text, String.valueOf(year));
    }

    /** Court referrals carry their cause numbers (RIT, RUC), which a court's oficio quotes. */
    String causeNumbers(RegisterRow row) {
        String numbers = String.join(" · ", Stream.of(
                        row.courtRit() == null ? null : "RIT " + row.courtRit(),
                        row.courtRuc() == null ? null : "RUC " + row.courtRuc())
                .filter(s -> s != null)
                .toList());
        return numbers.isEmpty() ? null : numbers;
    }

    String state(RegisterRow row) {
        if (row.status() == EntryStatus.SCHEDULED && row.scheduledMonth() != null) {
            return messages.get("documents.state.SCHEDULED_IN", ChileanDates.month(row.scheduledMonth()));
        }
        return messages.get("documents.state." + row.status().name());
    }

    String decision(RegisterRow row) {
        return messages.get("documents.decision." + row.decision().name());
    }

    /** "1 (modificada)" when the director changed the guide's result. */
    String priority(RegisterRow row) {
        if (row.priority() == null) {
            return null;
        }
        return row.priorityOverridden() ? messages.get("documents.priority.overridden", row.priority())
                : String.valueOf(row.priority());
    }

    /** The latest monitoring action and what it found: "Entrevista presencial · No protegido(a)". */
    String monitoring(RegisterRow row) {
        if (row.lastMonitoringKind() == null) {
            return null;
        }
        String kind = messages.get("documents.monitoring." + row.lastMonitoringKind().name());
        return row.lastMonitoringOutcome() == null ? kind
                : kind + " · " + messages.get("monitoring.outcome." + row.lastMonitoringOutcome().name());
    }

    String exitReason(RegisterRow row) {
        return row.exitReason() == null ? null : messages.get("exitReason." + row.exitReason().name());
    }

    /** Where the child stands in SENAINFO (I-SGC-01): "Ingresado", "Pendiente de eliminación"… */
    String senainfo(RegisterRow row) {
        return row.senainfo() == null ? null : messages.get("documents.senainfo." + row.senainfo().name());
    }

    /** The PDF's one SENAINFO cell under its state: the date of the last step taken. */
    static String senainfoDate(RegisterRow row) {
        return date(row.senainfoRemovedOn() != null ? row.senainfoRemovedOn() : row.senainfoEnteredOn());
    }

    static String date(LocalDate date) {
        return date == null ? null : ChileanDates.day(date);
    }

    /** What the title lines say about the register. */
    record RegisterTitle(String programName, String modality, String institutionName, String comunaName,
                         String regionName, LocalDate drawnOn, String filterText, int count) {
    }
}
