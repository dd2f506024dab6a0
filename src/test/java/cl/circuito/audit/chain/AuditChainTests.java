package cl.circuito.audit.chain;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.entry.WaitingListEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit trail is append-only in the database, and its hash chain names the first row someone changed. */
@CircuitoTest
class AuditChainTests {

    @Autowired AuditChain chain;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    private UUID audited() {
        UUID program = fixtures.program("PRM", "13101");
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        WaitingListEntry entry = fixtures.referral(director, program, fixtures.referrer("FAMILY_COURT")).register();
        return jdbc.sql("select id from audit_event where subject_id = ? order by occurred_at limit 1")
                .param(entry.id()).query(UUID.class).single();
    }

    @Test
    void theDatabaseRefusesToChangeDeleteOrEmptyTheTrail() {
        UUID row = audited();
        chain.seal();

        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor_name = 'Otra persona' where id = ?")
                .param(row).update()).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = ?").param(row).update())
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event cascade").update())
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("update audit_chain set hash = ''::bytea where event_id = ?")
                .param(row).update()).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_chain where event_id = ?").param(row).update())
                .hasStackTraceContaining("append-only");
        assertThat(jdbc.sql("select count(*) from audit_event where id = ?").param(row).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void everyRowIsChainedAndTheCheckFindsTheChainIntact() {
        UUID row = audited();
        assertThat(chain.seal()).isPositive();

        assertThat(jdbc.sql("select count(*) from audit_chain where event_id = ?").param(row).query(Long.class).single())
                .isEqualTo(1);
        AuditChain.Verification check = chain.verify(null);
        assertThat(check.intact()).as("%s", check).isTrue();
        assertThat(check.links()).isEqualTo(jdbc.sql("select count(*) from audit_event").query(Long.class).single());
        assertThat(chain.lastCheck()).hasValueSatisfying(last -> assertThat(last.intact()).isTrue());
    }

    @Test
    void aRowChangedBehindTheTriggersBackIsNamedByTheCheck() {
        UUID row = audited();
        chain.seal();
        long seq = jdbc.sql("select seq from audit_chain where event_id = ?").param(row).query(Long.class).single();
        String name = jdbc.sql("select actor_name from audit_event where id = ?").param(row).query(String.class).single();

        tamper(row, "Alguien que no fue");
        try {
            AuditChain.Verification check = chain.verify(null);

            assertThat(check.intact()).isFalse();
            assertThat(check.problem()).isEqualTo(AuditChain.Problem.CHANGED);
            assertThat(check.brokenSeq()).isEqualTo(seq);
            assertThat(check.brokenEventId()).isEqualTo(row);
            assertThat(chain.lastCheck()).hasValueSatisfying(last -> assertThat(last.brokenEventId()).isEqualTo(row));
        } finally {
            tamper(row, name);
        }
        assertThat(chain.verify(null).intact()).isTrue();
    }

    /** What only the tables' owner can do, and production's application role cannot (docs/architecture.md). */
    private void tamper(UUID row, String actorName) {
        jdbc.sql("alter table audit_event disable trigger audit_event_immutable").update();
        try {
            jdbc.sql("update audit_event set actor_name = ? where id = ?").params(actorName, row).update();
        } finally {
            jdbc.sql("alter table audit_event enable trigger audit_event_immutable").update();
        }
    }
}
