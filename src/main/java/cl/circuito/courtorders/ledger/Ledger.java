package cl.circuito.courtorders.ledger;

import cl.circuito.letters.CourtLetters;
import cl.circuito.letters.CourtLetters.ToldLetter;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.text.ChileanDates;
import cl.circuito.waitinglist.CourtOrderFacts;
import cl.circuito.waitinglist.CourtOrderFacts.Fact;
import cl.circuito.waitinglist.EntryStatus;
import cl.circuito.waitinglist.ExitReason;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Puts the waiting list's facts and the letters together into orders. Reads only; whoever asks audits.
 */
@Component
public class Ledger {

    private final CourtOrderFacts facts;
    private final CourtLetters letters;
    private final Clock clock;

    Ledger(CourtOrderFacts facts, CourtLetters letters, Clock clock) {
        this.facts = facts;
        this.letters = letters;
        this.clock = clock;
    }

    /** The orders of these programs (of one court, or every court when {@code courtId} is null). */
    public List<CourtOrder> orders(Actor actor, Collection<UUID> programIds, UUID courtId) {
        return assemble(actor, facts.of(actor, programIds, courtId));
    }

    /** One order; 404 when the entry is not a court's referral the asker sees. */
    public CourtOrder order(Actor actor, UUID entryId) {
        return assemble(actor, List.of(facts.one(actor, entryId))).get(0);
    }

    /** Today in Chile: the day deadlines are judged against. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ChileanDates.CHILE));
    }

    private List<CourtOrder> assemble(Actor actor, List<Fact> found) {
        Map<UUID, List<ToldLetter>> byEntry = letters.about(actor, found.stream().map(Fact::entryId).toList())
                .stream().collect(Collectors.groupingBy(ToldLetter::entryId));
        LocalDate today = today();
        return found.stream().map(f -> new CourtOrder(f, stage(f), deadline(f, today),
                byEntry.getOrDefault(f.entryId(), List.of()))).toList();
    }

    static OrderStage stage(Fact f) {
        if (f.status() == EntryStatus.UNDER_REVIEW) {
            return OrderStage.RECEIVED;
        }
        if (f.status() == EntryStatus.WAITING) {
            return OrderStage.WAITING;
        }
        if (f.status() == EntryStatus.SCHEDULED) {
            return OrderStage.SCHEDULED;
        }
        if (f.exitReason() == ExitReason.NOT_ELIGIBLE) {
            return OrderStage.NOT_ELIGIBLE;
        }
        return f.exitReason() == ExitReason.ADMITTED ? OrderStage.ADMITTED : OrderStage.LEFT;
    }

    static DeadlineState deadline(Fact f, LocalDate today) {
        if (f.decidedOn() != null) {
            return f.decidedOn().isAfter(f.dueOn()) ? DeadlineState.MISSED : DeadlineState.MET;
        }
        if (f.status() == EntryStatus.EXITED) {
            return DeadlineState.NONE;
        }
        return today.isAfter(f.dueOn()) ? DeadlineState.OVERDUE : DeadlineState.RUNNING;
    }
}
