package cl.circuito.audit;

import cl.circuito.shared.Paging;
import cl.circuito.shared.security.Actor;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

/**
 * Records who read and who changed a child's record. Modules call it from their application
 * services; it is the one place that writes the trail.
 */
@Service
public class AuditTrail {

    /** The actor of a line no user wrote ({@link #loginRefused}). */
    public static final UUID NOBODY = new UUID(0, 0);

    private final AuditEvents events;
    private final Clock clock;

    AuditTrail(AuditEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * A change, written in the caller's transaction: if the change rolls back, so does its record.
     *
     * @param what    a message key of the bundle saying what happened, e.g. "audit.entry.declaredEligible"
     * @param details what changed, field by field ({@link AuditDetails#none()} when {@code what} says it all)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(Actor actor, AuditAction action, Subject subject, String what, AuditDetails details) {
        events.save(new AuditEvent(clock.instant(), actor.userId(), actor.displayName(), action, subject.type(),
                subject.id(), subject.programId(), what, details.stored()));
    }

    /**
     * A line no logged-in user wrote: a login refused. {@code claimedBy} is who the attempt said it was (an
     * e-mail, a RUT), kept as the actor's name; the actor id is the nil UUID, as no user stands behind it.
     */
    @Transactional
    public void loginRefused(String claimedBy, Subject subject, String what, AuditDetails details) {
        events.save(new AuditEvent(clock.instant(), NOBODY, claimedBy, AuditAction.LOGIN_REFUSED, subject.type(),
                subject.id(), subject.programId(), what, details.stored()));
    }

    /**
     * A read, written in the reader's transaction, so the trace and what was read come from one connection: a
     * record of its own (REQUIRES_NEW) made every read hold one pooled connection while waiting for a second,
     * and ten readers at once froze the application. A read that is audited therefore runs in a read-write
     * transaction; in a read-only one the row would be silently dropped, so that is refused outright.
     */
    @Transactional
    public void viewed(Actor actor, Subject subject, String what) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("An audited read must run in a read-write transaction: " + what);
        }
        events.save(new AuditEvent(clock.instant(), actor.userId(), actor.displayName(), AuditAction.VIEWED,
                subject.type(), subject.id(), subject.programId(), what, null));
    }

    /**
     * A bulk export (a register, a list, a report taken out as a file), written like a read in the exporter's
     * read-write transaction, but kept as {@link AuditAction#EXPORTED} so that what left Circuito is found as such.
     */
    @Transactional
    public void exported(Actor actor, Subject subject, String what, AuditDetails details) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("An audited export must run in a read-write transaction: " + what);
        }
        events.save(new AuditEvent(clock.instant(), actor.userId(), actor.displayName(), AuditAction.EXPORTED,
                subject.type(), subject.id(), subject.programId(), what, details.stored()));
    }

    /**
     * A refused request, in a transaction of its own: the refused use case has rolled back, or never began, and
     * holds no connection. The subject is the record the path names, when it names one, so the record's own
     * history shows who was refused it.
     */
    @Transactional
    void refused(Actor actor, UUID recordId, String what, AuditDetails details) {
        events.save(new AuditEvent(clock.instant(), actor.userId(), actor.displayName(), AuditAction.REFUSED,
                "REQUEST", recordId, null, what, details.stored()));
    }

    /** A failed login: nobody known did it, so there is no actor; the details keep what was typed as the username. */
    @Transactional
    void loginFailed(AuditDetails details) {
        events.save(new AuditEvent(clock.instant(), null, "", AuditAction.LOGIN_FAILED, "LOGIN", null, null,
                "audit.login.failed", details.stored()));
    }

    @Transactional(readOnly = true)
    public Page<AuditEvent> history(Collection<UUID> subjectIds, int page, int size) {
        return history(subjectIds, AuditHistory.Filter.ALL, page, size);
    }

    /** The trail of these subjects, newest first: everything, only the changes, or only who read them. */
    @Transactional(readOnly = true)
    public Page<AuditEvent> history(Collection<UUID> subjectIds, AuditHistory.Filter filter, int page, int size) {
        return switch (filter) {
            case ALL -> events.findBySubjects(subjectIds, Paging.of(page, size));
            case VIEWS -> events.findBySubjectsAndActions(subjectIds, List.of(AuditAction.VIEWED), Paging.of(page, size));
            case CHANGES -> events.findBySubjectsAndActions(subjectIds,
                    EnumSet.complementOf(EnumSet.of(AuditAction.VIEWED, AuditAction.REFUSED, AuditAction.LOGIN_FAILED)), Paging.of(page, size));
        };
    }

    /** What a line of the trail is about: a child, an entry, an attachment… and the program it belongs to. */
    public record Subject(String type, UUID id, UUID programId) {
    }
}
