package cl.circuito.courtorders.ledger.web;

import cl.circuito.courtorders.ledger.CourtOrder;
import cl.circuito.letters.CourtLetters.ToldLetter;
import cl.circuito.waitinglist.CourtOrderFacts.Fact;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A court order over JSON: the referral's facts, its stage and deadline, whether the court was told, and the oficios.
 *
 * @param orderedOn      the court's resolution, when recorded (the program received it on receivedOn)
 * @param stage          RECEIVED, NOT_ELIGIBLE, WAITING, SCHEDULED, ADMITTED or LEFT
 * @param deadline       RUNNING, OVERDUE, MET, MISSED or NONE (left before a decision)
 * @param latestOn       the date by which admission is 90 % likely (estimatedOn is the 50 % date)
 * @param estimateBasis  OBSERVED (the program's exits) or FALLBACK
 * @param decisionTold   a letter stating the decision was sent (null before a decision)
 * @param admissionTold  the effective-admission oficio was sent (null unless admitted)
 */
@Schema(name = "CourtOrderResponse")
public record CourtOrderResponse(UUID entryId, UUID childId, String child, String rut, UUID programId, String program,
                                 UUID courtId, String court, String rit, String ruc, LocalDate orderedOn,
                                 LocalDate receivedOn,
                                 LocalDate admissibilityDueOn, String deadline, String stage, LocalDate decidedOn,
                                 String exitReason, LocalDate exitedOn, Integer rank, LocalDate estimatedOn,
                                 LocalDate latestOn,
                                 String estimateBasis, LocalDate admittedOn, LocalDate lastMovedOn,
                                 Boolean decisionTold, Boolean admissionTold, Boolean exitTold,
                                 List<CourtOrderLetter> letters) {

    public static CourtOrderResponse of(CourtOrder o) {
        Fact f = o.fact();
        return new CourtOrderResponse(f.entryId(), f.childId(), f.childName(), f.rut(), f.programId(), f.programName(),
                f.courtId(), f.courtName(), f.rit(), f.ruc(), f.orderedOn(), f.receivedOn(), f.dueOn(), o.deadline().name(),
                o.stage().name(), f.decidedOn(), f.exitReason() == null ? null : f.exitReason().name(), f.exitedOn(),
                f.rank(), f.estimatedOn(), f.latestOn(), f.estimateBasis() == null ? null : f.estimateBasis().name(),
                f.admittedOn(), f.lastMovedOn(), o.decisionTold(), o.admissionTold(), o.exitTold(),
                o.letters().stream().map(CourtOrderLetter::of).toList());
    }

    /**
     * @param told  DECISION (not eligible), ESTIMATE, ADMISSION or OTHER
     * @param stage DRAFT, ISSUED or SENT
     */
    @Schema(name = "CourtOrderLetterResponse")
    public record CourtOrderLetter(UUID letterId, String told, String stage, Integer number, Integer year,
                                   LocalDate draftedOn, LocalDate issuedOn, LocalDate sentOn) {

        static CourtOrderLetter of(ToldLetter l) {
            return new CourtOrderLetter(l.letterId(), l.told().name(), l.stage().name(), l.number(), l.year(),
                    l.draftedOn(), l.issuedOn(), l.sentOn());
        }
    }
}
