package cl.circuito.mesas.agreements;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.mesas.mesa.MesaMember;
import cl.circuito.mesas.mesa.MesaRuleViolation;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.mesas.sessions.MinutesStatus;

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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * An acuerdo of a Mesa: what was agreed at a session (or as a case review's strategy), who answers for it
 * (a member and a person) and by when. It is carried to every session while open or in progress; closing
 * it (done, not possible, not done, cancelled) needs a note. Every change and every review at a session
 * is kept in its history.
 */
@Entity
@Table(name = "mesa_agreement")
public class Agreement {

    public static final int MAX_TEXT = 2000;

    @Id
    private UUID id;
    @Version
    private long version;
    private UUID mesaId;
    private UUID sessionId;
    private UUID agendaItemId;
    private UUID caseReviewId;
    private String text;
    private UUID responsibleMemberId;
    private String responsiblePerson;
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    private AgreementStatus status;
    private LocalDate closedOn;
    private String closingNote;
    private Instant createdAt;
    private String createdByName;
    private Instant updatedAt;
    private String updatedByName;
    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "agreement_id", nullable = false)
    @OrderBy("position")
    private List<AgreementEvent> history = new ArrayList<>();

    protected Agreement() {
    }

    /** What an agreement says and who answers for it; {@code responsible} must be a current member of the Mesa. */
    public record Terms(String text, UUID responsibleMemberId, String responsiblePerson, LocalDate dueOn) {
    }

    /** Agreed at {@code session} (under an agenda item, or as a strategy of a case review). */
    public static Agreement agree(MesaSession session, UUID agendaItemId, UUID caseReviewId, Terms terms,
                           MesaMember responsible, String byName, Instant now) {
        if (session.minutesStatus() == MinutesStatus.APPROVED) {
            throw MesaRuleViolation.conflict("mesas.error.minutesApproved", session.number());
        }
        Agreement agreement = new Agreement();
        agreement.id = UUID.randomUUID();
        agreement.mesaId = session.mesaId();
        agreement.sessionId = session.id();
        agreement.agendaItemId = agendaItemId;
        agreement.caseReviewId = caseReviewId;
        agreement.status = AgreementStatus.OPEN;
        agreement.createdAt = now;
        agreement.createdByName = byName;
        agreement.apply(terms, responsible, session.heldOn());
        agreement.record(session.id(), null, byName, now);
        agreement.touch(byName, now);
        return agreement;
    }

    /**
     * The co-facilitators correct the terms while the agreement is open, with the rules of agreeing: the due date
     * is never before the session it was agreed at ({@code agreedOn}).
     */
    void amend(Terms terms, MesaMember responsible, LocalDate agreedOn, String byName, Instant now) {
        requireOpen();
        apply(terms, responsible, agreedOn);
        record(null, null, byName, now);
        touch(byName, now);
    }

    /**
     * Reports progress (open ↔ in progress) or closes it. A closing status needs a note and the day it closed, a
     * fact: between the session it was agreed at ({@code agreedOn}) and today. A closed agreement does not change
     * again. {@code atSession} is the session where it was reviewed, or null.
     */
    void update(AgreementStatus newStatus, String note, LocalDate on, LocalDate agreedOn, LocalDate today,
                UUID atSession, String byName, Instant now) {
        requireOpen();
        if (newStatus == null) {
            throw MesaRuleViolation.invalid("status", "mesas.error.required.status");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > MAX_TEXT) {
            throw MesaRuleViolation.invalid("note", "mesas.error.tooLong", MAX_TEXT);
        }
        if (newStatus.isClosed()) {
            if (cleanNote == null) {
                throw MesaRuleViolation.invalid("note", "mesas.error.required.closingNote");
            }
            if (on == null) {
                throw MesaRuleViolation.invalid("closedOn", "mesas.error.required.closedOn");
            }
            if (on.isBefore(agreedOn)) {
                throw MesaRuleViolation.invalid("closedOn", "mesas.error.closedBeforeAgreed", ChileanDates.day(agreedOn));
            }
            if (on.isAfter(today)) {
                throw MesaRuleViolation.invalid("closedOn", "mesas.error.closedInFuture");
            }
            this.closedOn = on;
            this.closingNote = cleanNote;
        }
        this.status = newStatus;
        record(atSession, cleanNote, byName, now);
        touch(byName, now);
    }

    /** Seen at a session's review of agreements without a change of status (the note says how it goes). */
    void reviewed(UUID atSession, String note, String byName, Instant now) {
        requireOpen();
        record(atSession, note == null || note.isBlank() ? null : note.strip(), byName, now);
        touch(byName, now);
    }

    private void apply(Terms terms, MesaMember responsible, LocalDate agreedOn) {
        if (terms.text() == null || terms.text().isBlank()) {
            throw MesaRuleViolation.invalid("text", "mesas.error.required.agreementText");
        }
        if (terms.text().strip().length() > MAX_TEXT) {
            throw MesaRuleViolation.invalid("text", "mesas.error.tooLong", MAX_TEXT);
        }
        if (responsible == null || !responsible.isCurrent() || !responsible.mesaId().equals(mesaId)) {
            throw MesaRuleViolation.invalid("responsibleMemberId", "mesas.error.required.responsible");
        }
        if (terms.dueOn() != null && agreedOn != null && terms.dueOn().isBefore(agreedOn)) {
            throw MesaRuleViolation.invalid("dueOn", "mesas.error.dueBeforeSession", ChileanDates.day(agreedOn));
        }
        this.text = terms.text().strip();
        this.responsibleMemberId = responsible.id();
        this.responsiblePerson = terms.responsiblePerson() == null || terms.responsiblePerson().isBlank()
                ? null : terms.responsiblePerson().strip();
        this.dueOn = terms.dueOn();
    }

    private void requireOpen() {
        if (status.isClosed()) {
            throw MesaRuleViolation.conflict("mesas.error.agreementClosed");
        }
    }

    private void record(UUID atSession, String note, String byName, Instant now) {
        history.add(new AgreementEvent(history.size(), atSession, status, note, byName, now));
    }

    private void touch(String byName, Instant now) {
        this.updatedAt = now;
        this.updatedByName = byName;
    }

    /** Past its due date and still open or in progress. */
    public boolean isOverdue(LocalDate today) {
        return !status.isClosed() && dueOn != null && dueOn.isBefore(today);
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

    public UUID sessionId() {
        return sessionId;
    }

    public UUID agendaItemId() {
        return agendaItemId;
    }

    public UUID caseReviewId() {
        return caseReviewId;
    }

    public String text() {
        return text;
    }

    public UUID responsibleMemberId() {
        return responsibleMemberId;
    }

    public String responsiblePerson() {
        return responsiblePerson;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public AgreementStatus status() {
        return status;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String closingNote() {
        return closingNote;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdByName() {
        return createdByName;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedByName() {
        return updatedByName;
    }

    public List<AgreementEvent> history() {
        return Collections.unmodifiableList(history);
    }
}
