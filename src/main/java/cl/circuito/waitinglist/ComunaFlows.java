package cl.circuito.waitinglist;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The referral flows of a comuna's programs over a period, in counts: who referred how many children to which
 * program, what became of those referrals by the period's end (admitted, not eligible — and to which program
 * of the network, if the decision named one —, other exits, still open), and how long the children open at the
 * period's end had waited. No child is named or identified; the caller decides who may see which comuna.
 * The period is inclusive at both ends.
 */
@Service
@Transactional(readOnly = true)
public class ComunaFlows {

    /** Upper bounds of the wait buckets in days: 0–30, 31–60, 61–90, 91–180, and more than 180. */
    public static final int[] BUCKET_LIMITS = {30, 60, 90, 180};

    /** Referrals received in the period from one referrer by one program. */
    public record Referral(UUID referrerId, String referrerName, String referrerKind, UUID programId, int count) {
    }

    /**
     * One program's referrals received in the period and their state at the period's end. {@code notEligible}
     * counts every not-eligible decision, including {@code referredOnward} (those that named a program of the
     * network); {@code stillOpen} are under review, waiting or scheduled. received = admitted + notEligible +
     * otherExits + stillOpen.
     */
    public record ProgramOutcome(UUID programId, String programName, String modalityCode, int received, int admitted,
                                 int notEligible, int referredOnward, int otherExits, int stillOpen) {
    }

    /** Not-eligible decisions in the cohort that named a more pertinent program of the network. */
    public record Onward(UUID fromProgramId, UUID toProgramId, String toProgramName, String toModalityCode, int count) {
    }

    /**
     * The children with an open entry at {@code asOf}, by days since receipt: {@code buckets} follow
     * {@link #BUCKET_LIMITS} (five counts); median and longest are null when nobody waits.
     */
    public record Waits(UUID programId, String programName, String modalityCode, int waiting, List<Integer> buckets,
                        Integer medianDays, Integer longestDays) {
    }

    /** {@code asOf}: the period's end, or today if that is earlier. */
    public record Flows(String comunaCode, LocalDate from, LocalDate to, LocalDate asOf, List<Referral> referrals,
                        List<ProgramOutcome> outcomes, List<Onward> onward, List<Waits> waits) {
    }

    private static final String REFERRALS = """
            select r.id, r.name, r.kind, e.program_id, count(*) as n
              from waiting_list_entry e
              join program p on p.id = e.program_id
              join referrer r on r.id = e.referrer_id
             where p.comuna_code = :comuna and e.received_on between :from and :to
             group by r.id, r.name, r.kind, e.program_id
             order by n desc, r.name""";

    private static final String OUTCOMES = """
            with cohort as (
                select e.program_id, e.exit_reason, e.pertinent_program_id
                  from waiting_list_entry e join program p on p.id = e.program_id
                 where p.comuna_code = :comuna and e.received_on between :from and :to
                   and e.exited_on is not null and e.exited_on <= :to
            ), received as (
                select e.program_id, count(*) as n
                  from waiting_list_entry e join program p on p.id = e.program_id
                 where p.comuna_code = :comuna and e.received_on between :from and :to
                 group by e.program_id
            )
            select p.id, p.name, p.modality_code, coalesce(r.n, 0) as received,
                   count(c.program_id) filter (where c.exit_reason = 'ADMITTED') as admitted,
                   count(c.program_id) filter (where c.exit_reason = 'NOT_ELIGIBLE') as not_eligible,
                   count(c.program_id) filter (where c.exit_reason = 'NOT_ELIGIBLE'
                                                and c.pertinent_program_id is not null) as onward,
                   count(c.program_id) filter (where c.exit_reason not in ('ADMITTED', 'NOT_ELIGIBLE')) as other_exits
              from program p
              left join received r on r.program_id = p.id
              left join cohort c on c.program_id = p.id
             where p.comuna_code = :comuna
             group by p.id, p.name, p.modality_code, r.n
             order by p.name""";

    private static final String ONWARD = """
            select e.program_id, t.id as to_id, t.name as to_name, t.modality_code as to_modality, count(*) as n
              from waiting_list_entry e
              join program p on p.id = e.program_id
              join program t on t.id = e.pertinent_program_id
             where p.comuna_code = :comuna and e.received_on between :from and :to
               and e.exit_reason = 'NOT_ELIGIBLE' and e.exited_on <= :to
             group by e.program_id, t.id, t.name, t.modality_code
             order by n desc, t.name""";

    private static final String WAITS = """
            with still_open as (
                select e.program_id, (cast(:asOf as date) - e.received_on) as days
                  from waiting_list_entry e join program p on p.id = e.program_id
                 where p.comuna_code = :comuna and e.received_on <= :asOf
                   and (e.exited_on is null or e.exited_on > :asOf)
            )
            select p.id, p.name, p.modality_code, count(o.days) as waiting,
                   count(o.days) filter (where o.days <= 30) as b1,
                   count(o.days) filter (where o.days between 31 and 60) as b2,
                   count(o.days) filter (where o.days between 61 and 90) as b3,
                   count(o.days) filter (where o.days between 91 and 180) as b4,
                   count(o.days) filter (where o.days > 180) as b5,
                   round(percentile_cont(0.5) within group (order by o.days)) as median_days,
                   max(o.days) as longest_days
              from program p left join still_open o on o.program_id = p.id
             where p.comuna_code = :comuna
             group by p.id, p.name, p.modality_code
             order by p.name""";

    private final JdbcClient jdbc;
    private final Clock clock;

    ComunaFlows(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The comuna's flows from {@code from} to {@code to} (both included); the caller checks the dates. */
    public Flows of(String comunaCode, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = to.isAfter(today) ? today : to;
        List<Referral> referrals = jdbc.sql(REFERRALS).param("comuna", comunaCode).param("from", from).param("to", to)
                .query((rs, n) -> new Referral(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("kind"), rs.getObject("program_id", UUID.class), rs.getInt("n")))
                .list();
        List<ProgramOutcome> outcomes = jdbc.sql(OUTCOMES).param("comuna", comunaCode).param("from", from)
                .param("to", to)
                .query((rs, n) -> {
                    int received = rs.getInt("received");
                    int admitted = rs.getInt("admitted");
                    int notEligible = rs.getInt("not_eligible");
                    int other = rs.getInt("other_exits");
                    return new ProgramOutcome(rs.getObject("id", UUID.class), rs.getString("name"),
                            rs.getString("modality_code"), received, admitted, notEligible, rs.getInt("onward"), other,
                            received - admitted - notEligible - other);
                })
                .list();
        List<Onward> onward = jdbc.sql(ONWARD).param("comuna", comunaCode).param("from", from).param("to", to)
                .query((rs, n) -> new Onward(rs.getObject("program_id", UUID.class), rs.getObject("to_id", UUID.class),
                        rs.getString("to_name"), rs.getString("to_modality"), rs.getInt("n")))
                .list();
        List<Waits> waits = jdbc.sql(WAITS).param("comuna", comunaCode).param("asOf", asOf)
                .query((rs, n) -> new Waits(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("modality_code"), rs.getInt("waiting"),
                        List.of(rs.getInt("b1"), rs.getInt("b2"), rs.getInt("b3"), rs.getInt("b4"), rs.getInt("b5")),
                        rs.getObject("median_days") == null ? null : rs.getBigDecimal("median_days").intValue(),
                        rs.getObject("longest_days") == null ? null : rs.getInt("longest_days")))
                .list();
        return new Flows(comunaCode, from, to, asOf, referrals, outcomes, onward, waits);
    }
}
