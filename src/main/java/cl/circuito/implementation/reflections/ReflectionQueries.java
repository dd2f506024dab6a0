package cl.circuito.implementation.reflections;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.ArrayList;

/** Reflections read in one query: one Mesa's (newest first), or a year's of many Mesas for the report. */
@Component
public class ReflectionQueries {

    private static final String COLUMNS = """
            select id, version, mesa_id, year, semester, aspects, intra_notes, extra_notes, risk_notes,
                   achievement_notes, created_by_name, created_at, updated_by_name, updated_at
              from mesa_reflection""";

    private final JdbcClient jdbc;

    ReflectionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReflectionView> ofMesa(UUID mesaId) {
        return jdbc.sql(COLUMNS + " where mesa_id = :mesa order by year desc, semester desc")
                .param("mesa", mesaId).query((rs, n) -> view(rs)).list();
    }

    /** Per Mesa, the year's reflections in semester order; Mesas without any are absent. */
    public Map<UUID, List<ReflectionView>> ofYear(Collection<UUID> mesaIds, int year) {
        Map<UUID, List<ReflectionView>> byMesa = new LinkedHashMap<>();
        if (mesaIds.isEmpty()) {
            return byMesa;
        }
        jdbc.sql(COLUMNS + " where mesa_id = any(:mesas) and year = :year order by mesa_id, semester")
                .param("mesas", mesaIds.toArray(UUID[]::new)).param("year", year)
                .query((rs, n) -> view(rs)).list()
                .forEach(v -> byMesa.computeIfAbsent(v.mesaId(), k -> new ArrayList<>()).add(v));
        return byMesa;
    }

    private static ReflectionView view(ResultSet rs) throws SQLException {
        return new ReflectionView(rs.getObject("id", UUID.class), rs.getLong("version"),
                rs.getObject("mesa_id", UUID.class), rs.getInt("year"), rs.getInt("semester"),
                Reflection.split(rs.getString("aspects")), rs.getString("intra_notes"), rs.getString("extra_notes"),
                rs.getString("risk_notes"), rs.getString("achievement_notes"), rs.getString("created_by_name"),
                instant(rs.getTimestamp("created_at")), rs.getString("updated_by_name"),
                instant(rs.getTimestamp("updated_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
