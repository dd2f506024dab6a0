package cl.circuito.mesas.mesa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

/** A named person who represents a member at the Mesa, with the contacts invitations and minutes go to. */
@Entity
@Table(name = "mesa_representative")
public class Representative {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_TEXT = 200;
    private static final int MAX_PHONE = 50;

    @Id
    private UUID id;
    @Version
    private long version;
    private String fullName;
    private String position;
    private String email;
    private String phone;
    private LocalDate since;
    private LocalDate until;
    private Instant createdAt;

    protected Representative() {
    }

    public record Contact(String fullName, String position, String email, String phone) {
    }

    static Representative of(Contact contact, LocalDate since, Instant now) {
        Representative r = new Representative();
        r.id = UUID.randomUUID();
        r.since = since;
        r.createdAt = now;
        r.update(contact);
        return r;
    }

    void update(Contact contact) {
        if (contact.fullName() == null || contact.fullName().isBlank()) {
            throw MesaRuleViolation.invalid("fullName", "mesas.error.required.fullName");
        }
        requireAtMost("fullName", contact.fullName(), MAX_TEXT);
        requireAtMost("position", contact.position(), MAX_TEXT);
        requireAtMost("email", contact.email(), MAX_TEXT);
        requireAtMost("phone", contact.phone(), MAX_PHONE);
        if (contact.email() != null && !contact.email().isBlank() && !EMAIL.matcher(contact.email().strip()).matches()) {
            throw MesaRuleViolation.invalid("email", "mesas.error.email");
        }
        this.fullName = contact.fullName().strip();
        this.position = blankToNull(contact.position());
        this.email = blankToNull(contact.email());
        this.phone = blankToNull(contact.phone());
    }

    /** The columns' widths (V17): a longer text is refused here, naming its field, never by the database. */
    private static void requireAtMost(String field, String text, int max) {
        if (text != null && text.strip().length() > max) {
            throw MesaRuleViolation.invalid(field, "mesas.error.tooLong", max);
        }
    }

    void end(LocalDate on) {
        this.until = on;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public boolean isCurrent() {
        return until == null;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String fullName() {
        return fullName;
    }

    public String position() {
        return position;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public LocalDate since() {
        return since;
    }

    public LocalDate until() {
        return until;
    }
}
