package cl.circuito.demo;

import cl.circuito.shared.security.Actor;
import cl.circuito.waitinglist.entry.SenainfoSteps;
import jakarta.persistence.EntityManager;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * SENAINFO's steps as a program keeps up with them: most referrals entered in SENAINFO the day after they arrived,
 * the last few still pending (so the filter and the alert have something to show), and one child declared not
 * eligible removed from it, the other not yet.
 */
@Component
@ConditionalOnProperty(name = "circuito.demo-data.enabled", havingValue = "true")
class DemoSenainfo {

    /** Referrals received this many days ago or fewer are still to be entered. */
    private static final int STILL_PENDING_DAYS = 4;

    private final JdbcClient jdbc;
    private final SenainfoSteps steps;
    private final EntityManager entityManager;

    DemoSenainfo(JdbcClient jdbc, SenainfoSteps steps, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.steps = steps;
        this.entityManager = entityManager;
    }

    void load(Actor director, UUID programId, LocalDate today, DemoVersions versions) {
        entityManager.flush(); // the demo loads in one transaction
        List<Row> entries = jdbc.sql("""
                        select id, received_on, decided_on, exit_reason, exited_on from waiting_list_entry
                         where program_id = :programId and received_on < :pendingFrom
                         order by received_on
                        """)
                .param("programId", programId)
                .param("pendingFrom", today.minusDays(STILL_PENDING_DAYS))
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("received_on", LocalDate.class),
                        rs.getObject("decided_on", LocalDate.class), rs.getString("exit_reason"),
                        rs.getObject("exited_on", LocalDate.class)))
                .list();
        boolean removedOne = false;
        for (Row entry : entries) {
            LocalDate enteredOn = entry.exitedOn() == null ? entry.receivedOn().plusDays(1)
                    : min(entry.receivedOn().plusDays(1), entry.exitedOn());
            steps.record(director, entry.id(), versions.entry(entry.id()), SenainfoSteps.Step.ENTERED, enteredOn);
            if ("NOT_ELIGIBLE".equals(entry.exitReason()) && !removedOne) {
                steps.record(director, entry.id(), versions.entry(entry.id()), SenainfoSteps.Step.REMOVED,
                        min(entry.decidedOn().plusDays(1), today));
                removedOne = true;
            }
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private record Row(UUID id, LocalDate receivedOn, LocalDate decidedOn, String exitReason, LocalDate exitedOn) {
    }
}
