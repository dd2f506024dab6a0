package cl.circuito.children;

import cl.circuito.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
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
