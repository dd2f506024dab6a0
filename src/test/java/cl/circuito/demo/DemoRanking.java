package cl.circuito.demo;

import cl.circuito.shared.security.Actor;
import cl.circuito.waitinglist.ranking.RankingPlacements;
import jakarta.persistence.EntityManager;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.UUID;

/**
 * One manual move in the PRM's ranking, through the director's own service, so the demo shows a
 * manual place with its reason, its timeline step and its audit record.
 */
@Component
@ConditionalOnProperty(name = "circuito.demo-data.enabled", havingValue = "true")
class DemoRanking {

    private final JdbcClient jdbc;
    private final RankingPlacements placements;
    private final EntityManager entityManager;

    DemoRanking(JdbcClient jdbc, RankingPlacements placements, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.placements = placements;
        this.entityManager = entityManager;
    }

    /** Moves the most recently received waiting child to second place, with a fictional reason. */
    void load(Actor director, UUID programId) {
        // The demo loads in one transaction: the entries declared eligible must be written before the query.
        entityManager.flush();
        jdbc.sql("""
                        select id, version from waiting_list_entry
                         where program_id = :programId and status = 'WAITING'
                         order by received_on desc, registered_at desc
                         limit 1
                        """)
                .param("programId", programId)
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getLong("version")))
                .optional()
                .ifPresent(entry -> placements.place(director, entry.getKey(), entry.getValue(), 2,
                        "Su hermano ingresó este mes al programa: el equipo técnico acuerda intervenir con ambos "
                                + "en conjunto y con el mismo adulto responsable."));
    }
}
