package cl.circuito.networkmap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * How many protocols each Mesa has in force on a date, for implementation monitoring. Counts only: the
 * caller has already decided which Mesas the user may see.
 */
@Service
public class ProtocolFigures {

    private final JdbcClient jdbc;

    ProtocolFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In force on {@code on}: status IN_FORCE and {@code on} within its validity (open ends count). */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> inForce(Collection<UUID> mesaIds, LocalDate on) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (mesaIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        select mesa_id, count(*) as protocols
                          from mesa_protocol
                         where mesa_id = any(:mesas) and status = 'IN_FORCE'
                           and (valid_from is null or valid_from <= :on)
                           and (valid_until is null or valid_until >= :on)
                         group by mesa_id""")
                .param("mesas", mesaIds.toArray(UUID[]::new))
                .param("on", on)
                .query((rs, n) -> counts.put(rs.getObject("mesa_id", UUID.class), rs.getInt("protocols")))
                .list();
        return counts;
    }
}
