package cl.circuito.courtorders.reconciliation;

import cl.circuito.courtorders.ledger.CourtOrder;
import cl.circuito.courtorders.ledger.OrderStage;
import cl.circuito.letters.CourtLetters.Stage;
import cl.circuito.letters.CourtLetters.Told;
import cl.circuito.letters.CourtLetters.ToldLetter;
import cl.circuito.shared.text.ChileanDates;
import cl.circuito.shared.web.Messages;
import cl.circuito.waitinglist.CourtOrderFacts.Fact;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The rules of the worklist, one per {@link Reason}: which orders each puts on it, and the words and the fix. */
@Component
class WorklistRules {

    private final Messages messages;

    WorklistRules(Messages messages) {
        this.messages = messages;
    }

    /** Every reason this order is on the worklist, in the order of {@link Reason}. */
    List<WorkItem> itemsOf(CourtOrder order, LocalDate today, int staleDays) {
        Fact f = order.fact();
        List<WorkItem> items = new ArrayList<>();
        if (order.deadline().isOverdue()) {
            items.add(toEntry(order, Reason.DECISION_OVERDUE, messages.get("courtorders.why.DECISION_OVERDUE",
                    ChileanDates.day(f.dueOn()))));
        }
        if (Boolean.FALSE.equals(order.decisionTold()) && order.stage() != OrderStage.ADMITTED
                && order.stage() != OrderStage.LEFT) {
            Told told = order.isNotEligible() ? Told.DECISION : Told.ESTIMATE;
            items.add(notTold(order, Reason.DECISION_NOT_TOLD, order.latest(told)));
        }
        if (Boolean.FALSE.equals(order.admissionTold())) {
            items.add(notTold(order, Reason.ADMISSION_NOT_TOLD, order.latest(Told.ADMISSION)));
        }
        if (f.admittedElsewhere() != null) {
            items.add(toEntry(order, Reason.ADMITTED_ELSEWHERE, messages.get("courtorders.why.ADMITTED_ELSEWHERE",
                    f.admittedElsewhere(), ChileanDates.day(f.admittedElsewhereOn()))));
        }
        if (f.leftElsewhere() != null) {
            items.add(toEntry(order, Reason.LEFT_ELSEWHERE, messages.get("courtorders.why.LEFT_ELSEWHERE",
                    f.leftElsewhere(), messages.get("exitReason." + f.leftElsewhereReason()),
                    ChileanDates.day(f.leftElsewhereOn()))));
        }
        if (f.sameRitElsewhere() != null) {
            items.add(toEntry(order, Reason.SAME_RIT_ELSEWHERE, messages.get("courtorders.why.SAME_RIT_ELSEWHERE",
                    f.rit(), f.sameRitElsewhere())));
        }
        if (f.open() && f.lastMovedOn().isBefore(today.minusDays(staleDays))) {
            items.add(toEntry(order, Reason.NO_MOVEMENT, messages.get("courtorders.why.NO_MOVEMENT",
                    ChileanDates.day(f.lastMovedOn()), String.valueOf(staleDays))));
        }
        return items;
    }

    /** Told nothing yet: the letter to issue or send, or the entry's letters where one is drafted. */
    private WorkItem notTold(CourtOrder order, Reason reason, ToldLetter letter) {
        String state = letter == null ? "NONE" : letter.stage().name();
        String why = messages.get("courtorders.why." + reason + "." + state);
        if (letter == null) {
            return new WorkItem(order, reason, why, "/entries/" + order.fact().entryId() + "/letters",
                    messages.get("courtorders.fix.draft"));
        }
        return new WorkItem(order, reason, why, "/letters/" + letter.letterId(),
                messages.get(letter.stage() == Stage.DRAFT ? "courtorders.fix.issue" : "courtorders.fix.send"));
    }

    private WorkItem toEntry(CourtOrder order, Reason reason, String why) {
        return new WorkItem(order, reason, why, "/entries/" + order.fact().entryId(),
                messages.get("courtorders.fix.entry." + reason));
    }
}
