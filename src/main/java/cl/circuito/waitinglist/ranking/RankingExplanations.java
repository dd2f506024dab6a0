package cl.circuito.waitinglist.ranking;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.shared.web.Messages;
import org.springframework.stereotype.Component;

/**
 * Turns a place in the ranking into the Spanish sentence the screen shows ("why this child is third"),
 * naming the child just above by initials only.
 */
@Component
class RankingExplanations {


    private final Messages messages;

    RankingExplanations(Messages messages) {
        this.messages = messages;
    }

    /**
     * @param above         the child just above in the guide's order (null when first, manual or not assessed)
     * @param aboveInitials how that child is named
     * @param manualBy      who placed the child by hand, with {@code manualReason}
     */
    String explain(RankedEntry entry, RankedEntry above, String aboveInitials, String manualBy, String manualReason) {
        switch (entry.reason()) {
            case MANUAL:
                return messages.get("ranking.explain.manual", entry.manualPosition(),
                        manualBy == null ? messages.get("common.none") : manualBy,
                        manualReason == null ? "" : manualReason);
            case NOT_ASSESSED:
                return messages.get("ranking.explain.notAssessed");
            case FIRST:
                return messages.get("ranking.explain.first", self(entry));
            case LOWER_PRIORITY:
                return messages.get("ranking.explain.lowerPriority", self(entry), other(above, aboveInitials));
            case LOWER_SCORE:
                return messages.get("ranking.explain.lowerScore", self(entry), other(above, aboveInitials));
            case LATER_RECEIPT:
                return messages.get("ranking.explain.laterReceipt", self(entry), other(above, aboveInitials),
                        ChileanDates.day(above.receivedOn()));
            default:
                return messages.get("ranking.explain.laterRegistration", self(entry), other(above, aboveInitials));
        }
    }

    /** "Prioridad 1 con 9 puntos". */
    private String self(RankedEntry entry) {
        return entry.score() == null ? messages.get("ranking.explain.selfNoScore", entry.priority())
                : messages.get("ranking.explain.self", entry.priority(), entry.score());
    }

    /** "A. B. C. (prioridad 1, 11 puntos)". */
    private String other(RankedEntry above, String initials) {
        return above.score() == null ? messages.get("ranking.explain.otherNoScore", initials, above.priority())
                : messages.get("ranking.explain.other", initials, above.priority(), above.score());
    }
}
