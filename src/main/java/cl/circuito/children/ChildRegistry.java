package cl.circuito.children;

import cl.circuito.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds or registers children. Access to a child's record is decided by the modules that hold their
 * cases (a program sees the children referred to it); this registry only keeps identities.
 */
@Service
public class ChildRegistry {

    private final Children children;
    private final Clock clock;

    ChildRegistry(Children children, Clock clock) {
        this.children = children;
        this.clock = clock;
    }

    /**
     * The child this identity refers to: by RUT when given, else by names and birth date; a new
     * record when none matches.
     */
    @Transactional
    public Identified identify(ChildIdentity identity, UUID registeredBy) {
        Optional<Child> existing = find(identity);
        if (existing.isPresent()) {
            Child child = existing.get();
            if (child.birthDate() == null && identity.birthDate() != null) {
                child.apply(new ChildIdentity(identity.rut(), child.givenNames(), child.paternalSurname(),
                        child.maternalSurname(), identity.birthDate()));
            }
            return new Identified(child, false);
        }
        return new Identified(children.save(new Child(identity, registeredBy, clock.instant())), true);
    }

    /**
     * Corrects how a child is identified (a typo in a name, a RUT that arrived later).
     *
     * @return the fields that changed, as {before, after}, for the audit trail; empty when nothing did
     */
    @Transactional
    public Map<String, Object> correct(UUID childId, ChildIdentity corrected) {
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
        }
        ChildIdentity before = child.identity();
        child.apply(corrected);
        ChildIdentity after = child.identity();
        Map<String, Object> changes = new LinkedHashMap<>();
        compare(changes, "rut", before.rut(), after.rut());
        compare(changes, "nombres", before.givenNames(), after.givenNames());
        compare(changes, "apellidoPaterno", before.paternalSurname(), after.paternalSurname());
        compare(changes, "apellidoMaterno", before.maternalSurname(), after.maternalSurname());
        compare(changes, "fechaNacimiento", before.birthDate(), after.birthDate());
        return changes;
    }

    private static void compare(Map<String, Object> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("before", before == null ? null : before.toString());
            change.put("after", after == null ? null : after.toString());
            changes.put(field, change);
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

    /** Whether this identity would match a child already registered (used to warn before registering). */
    @Transactional(readOnly = true)
    public Optional<Child> find(ChildIdentity identity) {
        return identity.rut() != null ? children.findByRut(identity.rut().canonical())
                : children.findUnidentified(identity.givenNames().trim(), identity.paternalSurname().trim(),
                blankToNull(identity.maternalSurname()), identity.birthDate()).stream().findFirst();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** @param created whether the registry did not know this child before */
    public record Identified(Child child, boolean created) {
    }
}
