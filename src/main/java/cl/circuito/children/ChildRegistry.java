package cl.circuito.children;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.shared.NotFound;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds or registers children. Access to a child's record is decided by the modules that hold their
 * cases (a program sees the children referred to it); this registry only keeps identities.
 *
 * <p>One record per child: by RUT when known (a unique index), otherwise by names and birth date (a unique
 * index on {@code child_name_key()}, V30). What was typed is never silently dropped: a RUT registered with
 * other names or another birth date is refused until the user says which is right.
 */
@Service
public class ChildRegistry {


    private final Children children;
    private final Clock clock;
    private final JdbcClient jdbc;

    ChildRegistry(Children children, Clock clock, JdbcClient jdbc) {
        this.children = children;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * Erases the child's identity (names, RUT, birth date) once no record of any module refers to the child any
     * more: the last step of disposing of a child's records, which the caller audits. Which records still refer
     * to the child is the database's foreign keys' to say, not a list here that a new module could forget: the
     * delete runs under a savepoint, and a reference still standing refuses it, leaving the child and the
     * caller's transaction as they were.
     *
     * @return whether the identity was erased
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean forgetIfUnreferenced(UUID childId) {
        // A plain SQL savepoint on the transaction's connection: the JPA transaction manager allows no nesting.
        jdbc.sql("savepoint forget_child").update();
        try {
            boolean deleted = jdbc.sql("delete from child where id = :id").param("id", childId).update() == 1;
            jdbc.sql("release savepoint forget_child").update();
            return deleted;
        } catch (DataIntegrityViolationException stillReferred) {
            jdbc.sql("rollback to savepoint forget_child").update();
            return false;
        }
    }

    /**
     * The child this identity refers to: by RUT when given, else by names and birth date; a new record when
     * none matches. A child registered without RUT whose names and birth date match a RUT typed now receives
     * that RUT (the registry learns it, audited by the caller through {@link Identified#changes()}).
     *
     * @throws ChildIdentityMismatch when the RUT's record has other names or another birth date and the
     *                               confirmation does not say which is right
     */
    @Transactional
    public Identified identify(ChildIdentity identity, UUID registeredBy, IdentityConfirmation confirmation) {
        Optional<Child> known = find(identity);
        if (known.isEmpty() && identity.rut() != null && identity.birthDate() != null) {
            known = unidentified(identity);
            if (known.isPresent()) {
                // The same names and birth date without RUT: the registry's own rule says it is this child.
                return learned(known.get(), identity);
            }
        }
        if (known.isEmpty()) {
            Child created = new Child(identity, registeredBy, clock.instant());
            // ON CONFLICT DO NOTHING rather than catching the unique violation: a failed statement aborts the
            // PostgreSQL transaction, and the child the other registration created could not be read in it.
            // The insert waits for a concurrent one with the same RUT, or names and birth date, to commit.
            if (children.insertUnlessKnown(created.id(), identity.rut() == null ? null : identity.rut().canonical(),
                    created.givenNames(), created.paternalSurname(), created.maternalSurname(),
                    identity.birthDate(), created.createdAt(), registeredBy) == 1) {
                return new Identified(get(created.id()), true, List.of(), List.of());
            }
            known = find(identity);
        }
        Child child = known.orElseThrow(() -> new IllegalStateException("A conflicting child must be readable"));
        List<IdentityDifference> differences = differences(child, identity);
        if (differences.isEmpty()) {
            return learned(child, identity);
        }
        if (confirmation.choice() == null) {
            throw ChildIdentityMismatch.unanswered(child.rut(), differences);
        }
        if (confirmation.choice() == IdentityChoice.KEEP_REGISTERED) {
            return new Identified(child, false, List.of(), differences);
        }
        if (confirmation.reason() == null || confirmation.reason().isBlank()) {
            throw ChildIdentityMismatch.reasonMissing(child.rut(), differences);
        }
        ChildIdentity registered = child.identity();
        ChildIdentity corrected = new ChildIdentity(registered.rut(), identity.givenNames(), identity.paternalSurname(),
                orElse(identity.maternalSurname(), registered.maternalSurname()),
                identity.birthDate() != null ? identity.birthDate() : registered.birthDate());
        return new Identified(child, false, apply(child, corrected), List.of());
    }

    /**
     * Corrects how a child is identified (a typo in a name, a RUT that arrived later).
     *
     * @return the fields that changed, for the audit trail; empty when nothing did
     */
    @Transactional
    public List<IdentityChange> correct(UUID childId, ChildIdentity corrected) {
        Child child = get(childId);
        if (corrected.rut() == null && corrected.birthDate() == null) {
            throw new ChildIdentityRefused("birthDate", "error.referral.birthDateRequiredWithoutRut");
        }
        if (corrected.rut() != null) {
            children.findByRut(corrected.rut().canonical())
                    .filter(other -> !other.id().equals(childId))
                    .ifPresent(other -> {
                        throw new ChildIdentityRefused("rut", "error.child.rutTaken");
                    });
        } else if (child.possibleDuplicateOf() == null && unidentified(corrected)
                .filter(other -> !other.id().equals(childId)).isPresent()) {
            throw new ChildIdentityRefused("givenNames", "error.child.identityTaken");
        }
        return apply(child, corrected);
    }

    /** Writes the identity and says what changed; the unique indexes have the last word (a race, a duplicate). */
    private List<IdentityChange> apply(Child child, ChildIdentity corrected) {
        ChildIdentity before = child.identity();
        child.apply(corrected);
        ChildIdentity after = child.identity();
        try {
            children.flush();
        } catch (DataIntegrityViolationException taken) {
            throw new ChildIdentityRefused(after.rut() != null ? "rut" : "givenNames",
                    after.rut() != null ? "error.child.rutTaken" : "error.child.identityTaken");
        }
        List<IdentityChange> changes = new ArrayList<>();
        compare(changes, "rut", before.rut(), after.rut());
        compare(changes, "givenNames", before.givenNames(), after.givenNames());
        compare(changes, "paternalSurname", before.paternalSurname(), after.paternalSurname());
        compare(changes, "maternalSurname", before.maternalSurname(), after.maternalSurname());
        compare(changes, "birthDate", before.birthDate(), after.birthDate());
        return changes;
    }

    /** Fills in what the registry did not know (the birth date, the maternal surname, the RUT); never overwrites. */
    private Identified learned(Child child, ChildIdentity typed) {
        ChildIdentity registered = child.identity();
        ChildIdentity completed = new ChildIdentity(registered.rut() != null ? registered.rut() : typed.rut(),
                registered.givenNames(), registered.paternalSurname(),
                orElse(registered.maternalSurname(), typed.maternalSurname()),
                registered.birthDate() != null ? registered.birthDate() : typed.birthDate());
        if (completed.equals(registered)) {
            return new Identified(child, false, List.of(), List.of());
        }
        return new Identified(child, false, apply(child, completed), List.of());
    }

    /**
     * Where the typed identity says something else than the registry. A field left blank is not a difference
     * (the referral may not bring it), nor is a field the registry lacks (it is learned).
     */
    static List<IdentityDifference> differences(Child child, ChildIdentity typed) {
        List<IdentityDifference> differences = new ArrayList<>();
        text(differences, "givenNames", child.givenNames(), typed.givenNames());
        text(differences, "paternalSurname", child.paternalSurname(), typed.paternalSurname());
        text(differences, "maternalSurname", child.maternalSurname(), typed.maternalSurname());
        if (child.birthDate() != null && typed.birthDate() != null && !child.birthDate().equals(typed.birthDate())) {
            differences.add(new IdentityDifference("birthDate", ChileanDates.day(child.birthDate()),
                    ChileanDates.day(typed.birthDate())));
        }
        return differences;
    }

    private static void text(List<IdentityDifference> differences, String field, String registered, String typed) {
        if (registered != null && typed != null && !typed.isBlank() && !NameKey.same(registered, typed)) {
            differences.add(new IdentityDifference(field, registered, typed.trim()));
        }
    }

    private static void compare(List<IdentityChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new IdentityChange(field, before, after));
        }
    }

    @Transactional(readOnly = true)
    public Child get(UUID childId) {
        return children.findById(childId).orElseThrow(() -> new NotFound("child"));
    }

    @Transactional(readOnly = true)
    public List<Child> all(Collection<UUID> childIds) {
        return children.findAllById(childIds);
    }

    /** The registered children with these RUTs, in one query (an import checks a whole sheet at once). */
    @Transactional(readOnly = true)
    public List<Child> findByRuts(Collection<Rut> ruts) {
        return ruts.isEmpty() ? List.of() : children.findAllByRutIn(ruts.stream().map(Rut::canonical).toList());
    }

    /** Whether this identity would match a child already registered (used to warn before registering). */
    @Transactional(readOnly = true)
    public Optional<Child> find(ChildIdentity identity) {
        return identity.rut() != null ? children.findByRut(identity.rut().canonical()) : unidentified(identity);
    }

    /** The child without RUT with these names and birth date, as the unique index compares them. */
    private Optional<Child> unidentified(ChildIdentity identity) {
        if (identity.birthDate() == null) {
            return Optional.empty();
        }
        return children.findUnidentified(identity.givenNames(), identity.paternalSurname(),
                orElse(identity.maternalSurname(), null), identity.birthDate());
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    /**
     * @param created     whether the registry did not know this child before
     * @param changes     what the registry learned or corrected from what was typed, for the caller's audit
     *                    (empty when nothing changed)
     * @param keptDespite the differences the user chose to leave in favour of the registry, for the audit
     */
    public record Identified(Child child, boolean created, List<IdentityChange> changes,
                             List<IdentityDifference> keptDespite) {
    }
}
