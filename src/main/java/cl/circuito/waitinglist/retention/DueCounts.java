package cl.circuito.waitinglist.retention;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** How many records of a kind each program has due: the one way the kinds' due counts are read. */
final class DueCounts {

    private DueCounts() {
    }

    /**
     * @param counting a statement selecting {@code program_id} and {@code due} (its count), grouped by program, bound
     *                 to the programs asked; not run when none is asked
     * @return the programs with some due, and how many
     */
    static Map<UUID, Integer> perProgram(Collection<UUID> programIds, Supplier<JdbcClient.StatementSpec> counting) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (programIds.isEmpty()) {
            return counts;
        }
        counting.get()
                .query((rs, n) -> counts.put(rs.getObject("program_id", UUID.class), rs.getInt("due")))
                .list();
        return counts;
    }
}
