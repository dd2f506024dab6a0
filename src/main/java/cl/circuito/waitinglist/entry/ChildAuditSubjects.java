package cl.circuito.waitinglist.entry;

import cl.circuito.audit.ChildSubjects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A child's entries, in every program: the subjects of the trail about the child in the waiting lists. */
@Component
class ChildAuditSubjects implements ChildSubjects {

    private final JdbcClient jdbc;

    ChildAuditSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<UUID> of(Collection<UUID> childIds) {
        if (childIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select id from waiting_list_entry where child_id in (:children)")
                .param("children", childIds).query(UUID.class).list());
    }
}
