package cl.circuito.letters.register.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The disposal form: the letters ticked and the reason (the record of disposal). A mutable bean, bound
 * from the form and re-rendered with what the user chose when something is wrong. The rules (at least one
 * letter, a reason, each letter due) are the service's, so the page and the API answer alike.
 */
public class RetentionForm {

    private List<UUID> letterIds = new ArrayList<>();
    private String reason;

    public List<UUID> getLetterIds() {
        return letterIds;
    }

    public void setLetterIds(List<UUID> letterIds) {
        this.letterIds = letterIds == null ? new ArrayList<>() : letterIds;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
