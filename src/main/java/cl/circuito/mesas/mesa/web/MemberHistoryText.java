package cl.circuito.mesas.mesa.web;

import cl.circuito.mesas.MesaDirectory;
import cl.circuito.mesas.Participation;
import cl.circuito.shared.web.Messages;
import org.springframework.stereotype.Component;

/**
 * The detail of a membership event in Spanish: the events keep codes (the participation, "ADDED:<name>" for a
 * representative), the page and the API word them. Templates call it as {@code @mesaHistory.detail(h)}.
 */
@Component("mesaHistory")
public class MemberHistoryText {

    private final Messages messages;

    MemberHistoryText(Messages messages) {
        this.messages = messages;
    }

    public String detail(MesaDirectory.HistoryRow h) {
        String detail = h.detail();
        if (detail == null || detail.isBlank()) {
            return "";
        }
        switch (h.kind()) {
            case JOINED:
                String[] parts = detail.split(" ");
                String participation = label(parts[0]);
                return parts.length > 1 ? messages.get("mesamembers.history.joinedCoFacilitating", participation)
                        : participation;
            case PARTICIPATION_CHANGED:
                return label(detail);
            case REPRESENTATIVE_CHANGED:
                int colon = detail.indexOf(':');
                if (colon < 0) {
                    return detail;
                }
                return messages.get("mesamembers.history.representative." + detail.substring(0, colon),
                        detail.substring(colon + 1));
            default:
                return detail;
        }
    }

    private String label(String participation) {
        try {
            return messages.get("mesas.participation." + Participation.valueOf(participation).name());
        } catch (IllegalArgumentException e) {
            return participation;
        }
    }
}
