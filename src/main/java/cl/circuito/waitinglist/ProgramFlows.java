package cl.circuito.waitinglist;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Referral flows of a set of programs over a period, as a case board reviews them: referrals received,
 * admissions, other exits from the list, and — at the period's end (or today, if that is earlier) — the
 * children waiting, how long they have waited and the admissibility decisions overdue. Counts only, no child
 * is named: the callers (the Mesas) decide who may see which programs. One query for all the programs.
 */
@Service
@Transactional(readOnly = true)
public class ProgramFlows {

    /**
     * One program's flows. {@code received}, {@code admitted}, {@code notEligible} and {@code exited} happened
     * in the period; {@code waiting}, the waits (days since receipt; null when nobody waits) and
     * {@code overdueDecisions} (admissibility deadline passed without a decision) are as of {@code asOf}.
     */
    public record Flow(UUID programId, String programName, String modalityCode, int received, int admitted,
                       int notEligible, int exited, int waiting, Integer medianWaitDays, Integer longestWaitDays,
                       int overdueDecisions) {
    }

    private static final String FLOWS = """
            with waits as (
                select e.program_id, (cast(:asOf as date) - e.received_on) as days
                  from waiting_list_entry e
                 where e.program_id = any(:programs)
                   and e.decided_on is not null and e.decided_on <= :asOf
                   and e.exit_reason is distinct from 'NOT_ELIGIBLE'
                   and (e.exited_on is null or e.exited_on > :asOf)
            ), period as (
                select e.program_id,
                       count(*) filter (where e.received_on > :from and e.received_on <= :to) as received,
                       count(*) filter (where e.exit_reason = 'ADMITTED' and e.exited_on > :from and e.exited_on <= :to) as admitted,
                       count(*) filter (where e.exit_reason = 'NOT_ELIGIBLE' and e.exited_on > :from and e.exited_on <= :to) as not_eligible,
                       count(*) filter (where e.exit_reason not in ('ADMITTED', 'NOT_ELIGIBLE')
                                          and e.exited_on > :from and e.exited_on <= :to) as exited,
                       count(*) filter (where e.received_on <= :asOf and e.admissibility_due_on < :asOf
                                          and (e.decided_on is null or e.decided_on > :asOf)
                                          and (e.exited_on is null or e.exited_on > :asOf)) as overdue
                  from waiting_list_entry e
                 where e.program_id = any(:programs)
                   and (e.received_on > :from or e.exited_on > :from or e.status = 'UNDER_REVIEW'
                        or e.decided_on > :from)
                 group by e.program_id
            )
            select p.id, p.name, p.modality_code,
                   coalesce(f.received, 0) as received, coalesce(f.admitted, 0) as admitted,
                   coalesce(f.not_eligible, 0) as not_eligible, coalesce(f.exited, 0) as exited,
                   coalesce(f.overdue, 0) as overdue,
                   (select count(*) from waits w where w.program_id = p.id) as waiting,
                   (select round(percentile_cont(0.5) within group (order by w.days))
                      from waits w where w.program_id = p.id) as median_wait,
                   (select max(w.days) from waits w where w.program_id = p.id) as longest_wait
              from program p left join period f on f.program_id = p.id
             where p.id = any(:programs)
             order by p.name""";

    private final JdbcClient jdbc;
    private final Clock clock;

    ProgramFlows(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The flows of {@code programIds} after {@code from} up to {@code to}; the standing figures at {@code to}
     * or today, whichever is earlier (a session still to come shows today's list).
     */
    public List<Flow> of(Collection<UUID> programIds, LocalDate from, LocalDate to) {
        if (programIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = to.isAfter(today) ? today : to;
        return jdbc.sql(FLOWS)
                .param("programs", programIds.toArray(new UUID[0]))
                .param("from", from)
                .param("to", to)
                .param("asOf", asOf)
                .query((rs, n) -> new Flow(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("modality_code"), rs.getInt("received"), rs.getInt("admitted"),
                        rs.getInt("not_eligible"), rs.getInt("exited"), rs.getInt("waiting"),
                        rs.getObject("median_wait") == null ? null : rs.getBigDecimal("median_wait").intValue(),
                        rs.getObject("longest_wait") == null ? null : rs.getInt("longest_wait"),
                        rs.getInt("overdue")))
                .list();
    }
}
