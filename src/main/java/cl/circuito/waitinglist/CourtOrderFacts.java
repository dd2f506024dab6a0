package cl.circuito.waitinglist;

import cl.circuito.children.ChildNames;
import cl.circuito.children.Rut;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.waitinglist.ranking.ProgramRanking;
import cl.circuito.waitinglist.ranking.RankedEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the waiting list knows of each referral a family court made (the ledger of a court order, issue 18): the
 * court, RIT and RUC, receipt and deadline, decision, place in the ranking, latest estimated date with its basis,
 * admission or exit — and what other programs' records say of the same child (admitted or gone elsewhere while
 * still open here; the same RIT open in another program). Only programs the asker sees are read; the caller
 * audits the read. Disposed-of entries are out (their register ended).
 */
@Service
@Transactional(readOnly = true)
public class CourtOrderFacts {

    /** How an estimated date was computed: from the program's observed exits, or the fallback rate. */
    public enum EstimateBasis {
        OBSERVED,
        FALLBACK
    }

    /**
     * One court referral.
     *
     * @param orderedOn           the day the court ordered the referral (its resolution), when recorded
     * @param rank                the place in the ranking, only while waiting
     * @param estimatedOn         the latest estimated admission date (50 %), only while waiting
     * @param latestOn            the date by which admission is 90 % likely, with that estimate (null for old rows)
     * @param admittedOn          the admission to this program (its active case), if admitted
     * @param lastMovedOn         the latest date anything happened to the entry (receipt, decision, timeline, exit)
     * @param admittedElsewhere   another program that admitted the child after this receipt while this entry is open
     * @param leftElsewhere       another program the child left for a reason about the child (turned 18, the court's
     *                            measure ended, the family moved) while this entry is open, with that reason
     * @param sameRitElsewhere    other programs where the same child and RIT are open while this entry is open
     */
    public record Fact(UUID entryId, UUID childId, String childName, String rut, UUID programId, String programName,
                       String regionCode, UUID courtId, String courtName, String rit, String ruc, LocalDate orderedOn,
                       LocalDate receivedOn,
                       LocalDate dueOn, EntryStatus status, LocalDate decidedOn, ExitReason exitReason,
                       LocalDate exitedOn, Integer rank, LocalDate estimatedOn, LocalDate latestOn,
                       EstimateBasis estimateBasis,
                       LocalDate admittedOn, LocalDate lastMovedOn, String admittedElsewhere,
                       LocalDate admittedElsewhereOn, String leftElsewhere, ExitReason leftElsewhereReason,
                       LocalDate leftElsewhereOn, String sameRitElsewhere) {

        public boolean open() {
            return status != EntryStatus.EXITED;
        }
    }

    private static final String SELECT = """
            select e.id, e.child_id, e.program_id, p.name as program_name, cm.region_code,
                   e.referrer_id, r.name as court_name, e.court_rit, e.court_ruc, e.court_ordered_on, e.received_on,
                   e.admissibility_due_on, e.status, e.decided_on, e.exit_reason, e.exited_on,
                   c.given_names, c.paternal_surname, c.maternal_surname, c.rut,
                   est.estimated_on, est.latest_on, est.basis_kind, ac.admitted_on,
                   greatest(e.received_on, e.decided_on, e.exited_on, ev.last_on) as moved_on,
                   adm.program_name as admitted_elsewhere, adm.admitted_on as admitted_elsewhere_on,
                   gone.program_name as left_elsewhere, gone.exit_reason as left_reason, gone.exited_on as left_on,
                   dup.programs as same_rit
              from waiting_list_entry e
              join program p on p.id = e.program_id
              join comuna cm on cm.code = p.comuna_code
              join referrer r on r.id = e.referrer_id
              join child c on c.id = e.child_id
              left join lateral (select ae.estimated_on, ae.latest_on, ae.basis_kind from admission_estimate ae
                                  where ae.entry_id = e.id and e.status = 'WAITING'
                                  order by ae.computed_at desc limit 1) est on true
              left join active_case ac on ac.entry_id = e.id
              left join lateral (select max(ee.occurred_on) as last_on from entry_event ee
                                  where ee.entry_id = e.id) ev on true
              left join lateral (select op.name as program_name, oc.admitted_on from active_case oc
                                   join program op on op.id = oc.program_id
                                  where oc.child_id = e.child_id and oc.program_id <> e.program_id
                                    and oc.admitted_on >= e.received_on and e.status <> 'EXITED'
                                  order by oc.admitted_on limit 1) adm on true
              left join lateral (select op.name as program_name, ox.exit_reason, ox.exited_on from waiting_list_entry ox
                                   join program op on op.id = ox.program_id
                                  where ox.child_id = e.child_id and ox.program_id <> e.program_id
                                    and ox.exit_reason in ('TURNED_18', 'COURT_MEASURE_ENDED', 'FAMILY_MOVED')
                                    and ox.exited_on >= e.received_on and e.status <> 'EXITED'
                                  order by ox.exited_on limit 1) gone on true
              left join lateral (select string_agg(op.name, ', ' order by op.name) as programs
                                   from waiting_list_entry od join program op on op.id = od.program_id
                                  where od.child_id = e.child_id and od.court_rit = e.court_rit
                                    and od.program_id <> e.program_id and od.status <> 'EXITED'
                                    and od.disposed_on is null and e.status <> 'EXITED') dup on true
             where r.kind = 'FAMILY_COURT' and e.disposed_on is null
            """;

    private final JdbcClient jdbc;
    private final ProgramDirectory programs;
    private final ProgramRanking ranking;

    CourtOrderFacts(JdbcClient jdbc, ProgramDirectory programs, ProgramRanking ranking) {
        this.jdbc = jdbc;
        this.programs = programs;
        this.ranking = ranking;
    }

    /**
     * The court referrals of these programs (those the asker does not see are left out), of one court or of every
     * court ({@code courtId} null), by court, then in order of receipt.
     */
    public List<Fact> of(Actor actor, Collection<UUID> programIds, UUID courtId) {
        actor.require(Permission.READ_CHILD_RECORDS);
        Set<UUID> visible = new HashSet<>(programs.visibleIds(actor.scope()));
        visible.retainAll(programIds);
        if (visible.isEmpty()) {
            return List.of();
        }
        String where = " and e.program_id in (:programs)" + (courtId == null ? "" : " and e.referrer_id = :court");
        var spec = jdbc.sql(SELECT + where + " order by r.name, e.received_on, e.registered_at, e.id")
                .param("programs", visible);
        if (courtId != null) {
            spec = spec.param("court", courtId);
        }
        List<Row> rows = spec.query((rs, n) -> Row.of(rs)).list();
        return withRanks(rows);
    }

    /** One court referral the asker sees; another program's, or a referral that did not come from a court, is 404. */
    public Fact one(Actor actor, UUID entryId) {
        actor.require(Permission.READ_CHILD_RECORDS);
        List<Row> rows = jdbc.sql(SELECT + " and e.id = :entry").param("entry", entryId)
                .query((rs, n) -> Row.of(rs)).list();
        if (rows.isEmpty() || !programs.visibleIds(actor.scope()).contains(rows.get(0).programId)) {
            throw new NotFound("courtOrder");
        }
        return withRanks(rows).get(0);
    }

    /** A family court that referred children to the programs asked about: how many, how many still open, in how many programs. */
    public record CourtCount(UUID courtId, String courtName, int referred, int open, int programs) {
    }

    /** The family courts that referred children to these programs (those the asker sees), by name; counts only. */
    public List<CourtCount> courts(Actor actor, Collection<UUID> programIds) {
        actor.require(Permission.READ_CHILD_RECORDS);
        Set<UUID> visible = new HashSet<>(programs.visibleIds(actor.scope()));
        visible.retainAll(programIds);
        if (visible.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select r.id, r.name, count(*) as referred, count(*) filter (where e.status <> 'EXITED') as open,
                               count(distinct e.program_id) as programs
                          from waiting_list_entry e join referrer r on r.id = e.referrer_id
                         where r.kind = 'FAMILY_COURT' and e.disposed_on is null and e.program_id in (:programs)
                         group by r.id, r.name order by r.name, r.id""")
                .param("programs", visible)
                .query((rs, n) -> new CourtCount(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getInt("referred"), rs.getInt("open"), rs.getInt("programs")))
                .list();
    }

    /** The ranking is the ranking page's own order, read once per program that has someone waiting. */
    private List<Fact> withRanks(List<Row> rows) {
        Map<UUID, Integer> ranks = new HashMap<>();
        rows.stream().filter(row -> row.status == EntryStatus.WAITING).map(row -> row.programId).distinct()
                .forEach(program -> ranking.of(program).forEach(r -> ranks.put(r.entryId(), r.rank())));
        return rows.stream().map(row -> row.fact(ranks.get(row.entryId))).toList();
    }

    private record Row(UUID entryId, UUID programId, EntryStatus status, Fact base) {

        static Row of(ResultSet rs) throws SQLException {
            UUID id = rs.getObject("id", UUID.class);
            UUID programId = rs.getObject("program_id", UUID.class);
            EntryStatus status = EntryStatus.valueOf(rs.getString("status"));
            String rut = rs.getString("rut");
            String basis = rs.getString("basis_kind");
            Fact fact = new Fact(id, rs.getObject("child_id", UUID.class),
                    ChildNames.full(rs.getString("given_names"), rs.getString("paternal_surname"),
                            rs.getString("maternal_surname")),
                    rut == null ? null : Rut.parse(rut).formatted(), programId, rs.getString("program_name"),
                    rs.getString("region_code"), rs.getObject("referrer_id", UUID.class), rs.getString("court_name"),
                    rs.getString("court_rit"), rs.getString("court_ruc"), date(rs, "court_ordered_on"),
                    date(rs, "received_on"),
                    date(rs, "admissibility_due_on"), status, date(rs, "decided_on"),
                    reason(rs.getString("exit_reason")), date(rs, "exited_on"), null, date(rs, "estimated_on"),
                    date(rs, "latest_on"),
                    basis == null ? null : EstimateBasis.valueOf(basis), date(rs, "admitted_on"),
                    date(rs, "moved_on"), rs.getString("admitted_elsewhere"), date(rs, "admitted_elsewhere_on"),
                    rs.getString("left_elsewhere"), reason(rs.getString("left_reason")), date(rs, "left_on"),
                    rs.getString("same_rit"));
            return new Row(id, programId, status, fact);
        }

        Fact fact(Integer rank) {
            Fact f = base;
            return new Fact(f.entryId(), f.childId(), f.childName(), f.rut(), f.programId(), f.programName(),
                    f.regionCode(), f.courtId(), f.courtName(), f.rit(), f.ruc(), f.orderedOn(), f.receivedOn(), f.dueOn(),
                    f.status(),
                    f.decidedOn(), f.exitReason(), f.exitedOn(), status == EntryStatus.WAITING ? rank : null,
                    f.estimatedOn(), f.latestOn(), f.estimateBasis(), f.admittedOn(), f.lastMovedOn(), f.admittedElsewhere(),
                    f.admittedElsewhereOn(), f.leftElsewhere(), f.leftElsewhereReason(), f.leftElsewhereOn(),
                    f.sameRitElsewhere());
        }

        private static ExitReason reason(String value) {
            return value == null ? null : ExitReason.valueOf(value);
        }

        private static LocalDate date(ResultSet rs, String column) throws SQLException {
            Date date = rs.getDate(column);
            return date == null ? null : date.toLocalDate();
        }
    }
}
