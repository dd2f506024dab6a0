package cl.circuito.audit;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * The records of the trail that are about these children besides the children themselves (their entries in the
 * waiting lists…), so the audit viewer finds everything done with a child's data: what the data subject's right
 * of access asks. Implemented by the modules that keep such records; the audit module asks without knowing them.
 */
public interface ChildSubjects {

    /** The ids the trail uses as subjects for these children's records (the children's own ids not needed). */
    Set<UUID> of(Collection<UUID> childIds);
}
