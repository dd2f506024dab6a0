package cl.circuito.courtorders.ledger;

import cl.circuito.letters.CourtLetters.Stage;
import cl.circuito.letters.CourtLetters.Told;
import cl.circuito.letters.CourtLetters.ToldLetter;
import cl.circuito.waitinglist.CourtOrderFacts.Fact;

import java.util.Comparator;
import java.util.List;

/**
 * A court referral followed as an order: the waiting list's facts, the stage and deadline they amount to, and the
 * oficios about the child, oldest first. "Told" means a letter stating the fact was sent (issuing it is not yet
 * telling the court).
 */
public record CourtOrder(Fact fact, OrderStage stage, DeadlineState deadline, List<ToldLetter> letters) {

    public CourtOrder {
        letters = List.copyOf(letters);
    }

    /** The latest letter stating this fact, whatever its stage; null when none was drafted. */
    public ToldLetter latest(Told told) {
        return letters.stream().filter(l -> l.told() == told).reduce((a, b) -> b).orElse(null);
    }

    public List<ToldLetter> estimateLetters() {
        return letters.stream().filter(l -> l.told() == Told.ESTIMATE).toList();
    }

    /** The latest issued letter (sent or not), the one a court would hold: null when none was issued. */
    public ToldLetter lastIssued() {
        return letters.stream().filter(l -> l.stage() != Stage.DRAFT)
                .max(Comparator.comparing(ToldLetter::issuedOn, Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElse(null);
    }

    /**
     * The letter that tells the court the decision: for a child not eligible, the not-eligible oficio; for an eligible
     * one, the estimated date (which is how I-SGC-01 tells the court the child will be attended). Null before a
     * decision or when none was drafted.
     */
    public ToldLetter decisionLetter() {
        return switch (stage) {
            case RECEIVED -> null;
            case NOT_ELIGIBLE -> latest(Told.DECISION);
            case LEFT -> fact.decidedOn() == null ? null : first(Told.ESTIMATE);
            default -> first(Told.ESTIMATE);
        };
    }

    /** Whether the decision was told: some letter stating it was sent. Null when there is no decision to tell. */
    public Boolean decisionTold() {
        if (fact.decidedOn() == null) {
            return null;
        }
        Told told = stage == OrderStage.NOT_ELIGIBLE ? Told.DECISION : Told.ESTIMATE;
        return letters.stream().anyMatch(l -> l.told() == told && l.stage() == Stage.SENT);
    }

    /** Whether the admission was told (an effective-admission oficio sent); null unless admitted. */
    public Boolean admissionTold() {
        if (stage != OrderStage.ADMITTED) {
            return null;
        }
        return letters.stream().anyMatch(l -> l.told() == Told.ADMISSION && l.stage() == Stage.SENT);
    }

    /** Whether any letter was sent on or after the day the child left the list; null unless she left. */
    public Boolean exitTold() {
        if (stage != OrderStage.LEFT) {
            return null;
        }
        return letters.stream().anyMatch(l -> l.stage() == Stage.SENT && !l.sentOn().isBefore(fact.exitedOn()));
    }

    public boolean isAdmitted() {
        return stage == OrderStage.ADMITTED;
    }

    public boolean isWaiting() {
        return stage == OrderStage.WAITING || stage == OrderStage.SCHEDULED;
    }

    public boolean isLeft() {
        return stage == OrderStage.LEFT;
    }

    public boolean isNotEligible() {
        return stage == OrderStage.NOT_ELIGIBLE;
    }

    private ToldLetter first(Told told) {
        return letters.stream().filter(l -> l.told() == told && l.stage() == Stage.SENT).findFirst()
                .orElse(latest(told));
    }
}
