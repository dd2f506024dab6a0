package cl.circuito.mesas.sessions;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.mesas.mesa.Mesa;
import cl.circuito.mesas.mesa.MesaRuleViolation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A session of a Mesa: its date, time and place, its agenda (from the standard structure, editable), and
 * its minutes, written per agenda item as a draft, circulated to the members and approved at the next
 * session's reading of the minutes — after which they never change.
 *
 * <p>Its number is its place among the Mesa's sessions by date ({@link SessionSequence}): a session scheduled
 * between two others takes its place and the later ones not yet held move up one; a held session's number
 * never changes, since minutes, agreements and letters cite it.
 *
 * <p>Longer than our classes usually are because the session, its agenda and its minutes are one consistency boundary:
 * approved minutes freeze the agenda and the minutes, and moving or cancelling depends on whether it was held.
 * Split apart, each change would need the others loaded and locked. Its rules are checked without Spring in {@code
 * MesaSessionTests}.
 */
@Entity
@Table(name = "mesa_session")
public class MesaSession {

    public static final int MAX_PLACE = 300;

    @Id
    private UUID id;
    @Version
    private long version;
    private UUID mesaId;
    private int number;
    private LocalDate heldOn;
    private LocalTime startsAt;
    private LocalTime endsAt;
    private String place;
    @Enumerated(EnumType.STRING)
    private SessionStatus status;
    private String cancelReason;
    private int icsSequence;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "session_id", nullable = false)
    @OrderBy("position")
    private List<AgendaItem> agenda = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    private MinutesStatus minutesStatus;
    private Instant minutesCirculatedAt;
    private String minutesCirculatedBy;
    private Instant minutesApprovedAt;
    private String minutesApprovedBy;
    private UUID minutesApprovedIn;
    private String minutesCorrections;
    /** The date the minutes were approved: always the date of the session that approved them. */
    private LocalDate minutesApprovedOn;
    /** When the attendance was first recorded: with it the session has taken place for the record. */
    private Instant attendanceRecordedAt;
    private Instant createdAt;
    private String createdByName;
    private Instant updatedAt;
    private String updatedByName;

    protected MesaSession() {
    }

    /** When and where a session meets. */
    public record Slot(LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, String place) {
    }

    /**
     * A new session of the Mesa on a date from today on, with the standard agenda; {@code titles} names each
     * standard item (from the bundle, so the agenda reads in Spanish and can then be edited). It has no number
     * until {@link SessionSequence#place} gives it its place among the Mesa's sessions.
     */
    static MesaSession schedule(Mesa mesa, Slot slot, SessionDateCheck check, Function<AgendaItemKind, String> titles,
                                String byName, Instant now) {
        if (slot.heldOn() != null && slot.heldOn().isBefore(check.today())) {
            throw MesaRuleViolation.invalid("heldOn", "mesasessions.error.pastDate", ChileanDates.day(slot.heldOn()));
        }
        return create(mesa, slot, check, SessionStatus.SCHEDULED, titles, byName, now);
    }

    /**
     * A session that already took place (up to today), recorded afterwards: held from the start, its attendance
     * and minutes to be written. The only way a session gets a date in the past.
     */
    static MesaSession recordHeld(Mesa mesa, Slot slot, SessionDateCheck check,
                                  Function<AgendaItemKind, String> titles, String byName, Instant now) {
        if (slot.heldOn() != null && slot.heldOn().isAfter(check.today())) {
            throw MesaRuleViolation.invalid("heldOn", "mesasessions.error.heldInFuture", ChileanDates.day(slot.heldOn()));
        }
        return create(mesa, slot, check, SessionStatus.HELD, titles, byName, now);
    }

    private static MesaSession create(Mesa mesa, Slot slot, SessionDateCheck check, SessionStatus status,
                                      Function<AgendaItemKind, String> titles, String byName, Instant now) {
        MesaSession session = new MesaSession();
        session.id = UUID.randomUUID();
        session.mesaId = mesa.id();
        session.status = status;
        session.minutesStatus = MinutesStatus.DRAFT;
        session.createdAt = now;
        session.createdByName = byName;
        session.place(mesa, slot, check, byName, now);
        int position = 0;
        for (AgendaItemKind kind : AgendaItemKind.standard()) {
            session.agenda.add(new AgendaItem(position++, kind, titles.apply(kind), null, null));
        }
        return session;
    }

    /**
     * Moves the session (date, time, place); calendars get an update (the .ics sequence goes up). A new date
     * follows the rules of a new session's; time and place alone may change on a date already past.
     */
    void reschedule(Mesa mesa, Slot slot, SessionDateCheck check, String byName, Instant now) {
        requireStatus(SessionStatus.SCHEDULED, "mesas.error.sessionNotScheduled");
        boolean moved = slot.heldOn() != null && !slot.heldOn().equals(heldOn);
        if (moved && slot.heldOn().isBefore(check.today())) {
            throw MesaRuleViolation.invalid("heldOn", "mesasessions.error.pastDate", ChileanDates.day(slot.heldOn()));
        }
        place(mesa, slot, moved ? check : check.confirmedAlready(), byName, now);
        icsSequence++;
    }

    /**
     * Gives the session its place in the Mesa's sequence. A held session keeps its number for good; a scheduled
     * one whose number changes owes its convocation an update (the calendar's title carries the number).
     */
    void numberAs(int place) {
        if (place == number) {
            return;
        }
        if (status == SessionStatus.HELD && number != 0) {
            throw MesaRuleViolation.conflict("mesasessions.error.heldNumberFixed", number);
        }
        if (number != 0 && status == SessionStatus.SCHEDULED) {
            icsSequence++;
        }
        this.number = place;
    }

    private void place(Mesa mesa, Slot slot, SessionDateCheck check, String byName, Instant now) {
        if (slot.heldOn() == null) {
            throw MesaRuleViolation.invalid("heldOn", "mesas.error.required.heldOn");
        }
        mesa.requireFounded(slot.heldOn(), "heldOn");
        check.require(slot.heldOn(), "heldOn");
        if (slot.startsAt() == null) {
            throw MesaRuleViolation.invalid("startsAt", "mesas.error.required.startsAt");
        }
        if (slot.endsAt() == null) {
            throw MesaRuleViolation.invalid("endsAt", "mesas.error.required.endsAt");
        }
        if (!slot.endsAt().isAfter(slot.startsAt())) {
            throw MesaRuleViolation.invalid("endsAt", "mesas.error.endBeforeStart");
        }
        if (slot.place() == null || slot.place().isBlank()) {
            throw MesaRuleViolation.invalid("place", "mesas.error.required.place");
        }
        if (slot.place().strip().length() > MAX_PLACE) {
            throw MesaRuleViolation.invalid("place", "mesas.error.tooLong", MAX_PLACE);
        }
        this.heldOn = slot.heldOn();
        this.startsAt = slot.startsAt();
        this.endsAt = slot.endsAt();
        this.place = slot.place().strip();
        touch(byName, now);
    }

    void cancel(String reason, String byName, Instant now) {
        requireStatus(SessionStatus.SCHEDULED, "mesas.error.sessionNotScheduled");
        if (reason == null || reason.isBlank()) {
            throw MesaRuleViolation.invalid("cancelReason", "mesas.error.required.cancelReason");
        }
        this.status = SessionStatus.CANCELLED;
        this.cancelReason = reason.strip();
        icsSequence++;
        touch(byName, now);
    }

    /**
     * The attendance was recorded: the session has taken place for the record, so the minutes of the previous
     * one can be approved at it. Marks it held first (refused before its date).
     */
    void recordAttendance(LocalDate today, String byName, Instant now) {
        markHeld(today, byName, now);
        if (attendanceRecordedAt == null) {
            this.attendanceRecordedAt = now;
        }
        touch(byName, now);
    }

    /** The session took place (attendance taken, minutes being written). Not before its date. */
    void markHeld(LocalDate today, String byName, Instant now) {
        if (status == SessionStatus.HELD) {
            return;
        }
        requireStatus(SessionStatus.SCHEDULED, "mesas.error.sessionNotScheduled");
        if (heldOn.isAfter(today)) {
            throw MesaRuleViolation.invalid("heldOn", "mesas.error.notYetHeld", ChileanDates.day(heldOn));
        }
        this.status = SessionStatus.HELD;
        touch(byName, now);
    }

    // ------------------------------------------------------------------ agenda

    AgendaItem addItem(AgendaItemKind kind, String title, String description, String presenter, String byName,
                       Instant now) {
        requireMinutesOpen();
        AgendaItem item = new AgendaItem(agenda.size(), kind == null ? AgendaItemKind.CUSTOM : kind, title,
                description, presenter);
        agenda.add(item);
        touch(byName, now);
        return item;
    }

    void describeItem(UUID itemId, String title, String description, String presenter, String byName, Instant now) {
        requireMinutesOpen();
        item(itemId).describe(title, description, presenter);
        touch(byName, now);
    }

    void removeItem(UUID itemId, String byName, Instant now) {
        requireMinutesOpen();
        agenda.remove(item(itemId));
        renumber();
        touch(byName, now);
    }

    /** Moves an item one place up (-1) or down (+1). */
    void moveItem(UUID itemId, int delta, String byName, Instant now) {
        requireMinutesOpen();
        AgendaItem item = item(itemId);
        int from = agenda.indexOf(item);
        int to = Math.max(0, Math.min(agenda.size() - 1, from + delta));
        agenda.remove(from);
        agenda.add(to, item);
        renumber();
        touch(byName, now);
    }

    private void renumber() {
        for (int i = 0; i < agenda.size(); i++) {
            agenda.get(i).moveTo(i);
        }
    }

    // ------------------------------------------------------------------ minutes

    /** Writes the minutes of one item. Approved minutes are read-only. */
    void writeMinutes(UUID itemId, String notes, String decisions, String byName, Instant now) {
        requireMinutesOpen();
        if (status == SessionStatus.CANCELLED) {
            throw MesaRuleViolation.conflict("mesas.error.sessionCancelled");
        }
        item(itemId).write(notes, decisions);
        touch(byName, now);
    }

    /** Sends the draft to the members for their reading; it can still be corrected until approved. */
    void circulateMinutes(String byName, Instant now) {
        requireMinutesOpen();
        if (status != SessionStatus.HELD) {
            throw MesaRuleViolation.conflict("mesas.error.minutesOfUnheldSession");
        }
        this.minutesStatus = MinutesStatus.CIRCULATED;
        this.minutesCirculatedAt = now;
        this.minutesCirculatedBy = byName;
        touch(byName, now);
    }

    /**
     * Approves the minutes at a later session's reading of the minutes: {@code approvedBy} says who (the
     * Mesa, by consensus of those present), {@code corrections} what was corrected on reading, if anything.
     * That session must have taken place (held, its attendance recorded): the approval is dated on its date,
     * so it is never a date to come.
     */
    void approveMinutes(MesaSession at, String approvedBy, String corrections, String byName, Instant now) {
        if (minutesStatus == MinutesStatus.APPROVED) {
            throw MesaRuleViolation.conflict("mesas.error.minutesAlreadyApproved", number);
        }
        if (minutesStatus != MinutesStatus.CIRCULATED) {
            throw MesaRuleViolation.conflict("mesas.error.minutesNotCirculated", number);
        }
        if (!at.mesaId.equals(mesaId) || at.number <= number || !at.heldOn.isAfter(heldOn)) {
            throw MesaRuleViolation.invalid("session", "mesas.error.approveAtLaterSession");
        }
        if (!at.hasTakenPlace()) {
            throw MesaRuleViolation.conflict(at.status == SessionStatus.HELD
                            ? "mesaminutes.error.approveBeforeAttendance" : "mesaminutes.error.approveAtUnheldSession",
                    number, at.number, ChileanDates.day(at.heldOn));
        }
        if (approvedBy == null || approvedBy.isBlank()) {
            throw MesaRuleViolation.invalid("approvedBy", "mesas.error.required.approvedBy");
        }
        this.minutesStatus = MinutesStatus.APPROVED;
        this.minutesApprovedAt = now;
        this.minutesApprovedBy = approvedBy.strip();
        this.minutesApprovedIn = at.id;
        this.minutesApprovedOn = at.heldOn;
        this.minutesCorrections = corrections == null || corrections.isBlank() ? null : corrections.strip();
        touch(byName, now);
    }

    private void requireMinutesOpen() {
        if (minutesStatus == MinutesStatus.APPROVED) {
            throw MesaRuleViolation.conflict("mesas.error.minutesApproved", number);
        }
    }

    private void requireStatus(SessionStatus expected, String key) {
        if (status != expected) {
            throw MesaRuleViolation.conflict(key, number);
        }
    }

    private void touch(String byName, Instant now) {
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    public AgendaItem item(UUID itemId) {
        return agenda.stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new cl.circuito.shared.NotFound("agendaItem"));
    }

    public Optional<AgendaItem> itemOfKind(AgendaItemKind kind) {
        return agenda.stream().filter(i -> i.kind() == kind).min(Comparator.comparingInt(AgendaItem::position));
    }

    /** Held, with its attendance recorded: the record says who met, so the Mesa can approve minutes at it. */
    public boolean hasTakenPlace() {
        return status == SessionStatus.HELD && attendanceRecordedAt != null;
    }

    public boolean minutesEditable() {
        return minutesStatus != MinutesStatus.APPROVED && status != SessionStatus.CANCELLED;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public UUID mesaId() {
        return mesaId;
    }

    public int number() {
        return number;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public LocalTime startsAt() {
        return startsAt;
    }

    public LocalTime endsAt() {
        return endsAt;
    }

    public String place() {
        return place;
    }

    public SessionStatus status() {
        return status;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public int icsSequence() {
        return icsSequence;
    }

    public List<AgendaItem> agenda() {
        return Collections.unmodifiableList(agenda);
    }

    public MinutesStatus minutesStatus() {
        return minutesStatus;
    }

    public Instant minutesCirculatedAt() {
        return minutesCirculatedAt;
    }

    public String minutesCirculatedBy() {
        return minutesCirculatedBy;
    }

    public Instant minutesApprovedAt() {
        return minutesApprovedAt;
    }

    public String minutesApprovedBy() {
        return minutesApprovedBy;
    }

    public UUID minutesApprovedIn() {
        return minutesApprovedIn;
    }

    public String minutesCorrections() {
        return minutesCorrections;
    }

    public LocalDate minutesApprovedOn() {
        return minutesApprovedOn;
    }

    public Instant attendanceRecordedAt() {
        return attendanceRecordedAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedByName() {
        return updatedByName;
    }
}
