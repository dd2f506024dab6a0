package cl.circuito.mesas.sessions;

import cl.circuito.mesas.mesa.MesaRuleViolation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** One item of a session's agenda, and what the minutes say about it (notes and decisions). */
@Entity
@Table(name = "mesa_agenda_item")
public class AgendaItem {

    public static final int MAX_TITLE = 300;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_MINUTES_TEXT = 20_000;

    @Id
    private UUID id;
    private int position;
    @Enumerated(EnumType.STRING)
    private AgendaItemKind kind;
    private String title;
    private String description;
    private String presenter;
    private String notes;
    private String decisions;

    protected AgendaItem() {
    }

    AgendaItem(int position, AgendaItemKind kind, String title, String description, String presenter) {
        this.id = UUID.randomUUID();
        this.position = position;
        this.kind = kind;
        describe(title, description, presenter);
    }

    void describe(String title, String description, String presenter) {
        if (title == null || title.isBlank()) {
            throw MesaRuleViolation.invalid("title", "mesas.error.required.itemTitle");
        }
        if (title.strip().length() > MAX_TITLE) {
            throw MesaRuleViolation.invalid("title", "mesas.error.tooLong", MAX_TITLE);
        }
        if (description != null && description.strip().length() > MAX_DESCRIPTION) {
            throw MesaRuleViolation.invalid("description", "mesas.error.tooLong", MAX_DESCRIPTION);
        }
        if (presenter != null && presenter.strip().length() > MAX_TITLE) {
            throw MesaRuleViolation.invalid("presenter", "mesas.error.tooLong", MAX_TITLE);
        }
        this.title = title.strip();
        this.description = blankToNull(description);
        this.presenter = blankToNull(presenter);
    }

    void write(String notes, String decisions) {
        if (notes != null && notes.length() > MAX_MINUTES_TEXT) {
            throw MesaRuleViolation.invalid("notes", "mesas.error.tooLong", MAX_MINUTES_TEXT);
        }
        if (decisions != null && decisions.length() > MAX_MINUTES_TEXT) {
            throw MesaRuleViolation.invalid("decisions", "mesas.error.tooLong", MAX_MINUTES_TEXT);
        }
        this.notes = blankToNull(notes);
        this.decisions = blankToNull(decisions);
    }

    void moveTo(int position) {
        this.position = position;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public UUID id() {
        return id;
    }

    public int position() {
        return position;
    }

    public AgendaItemKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String presenter() {
        return presenter;
    }

    public String notes() {
        return notes;
    }

    public String decisions() {
        return decisions;
    }
}
