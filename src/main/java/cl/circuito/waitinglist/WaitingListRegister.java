package cl.circuito.waitinglist;

import cl.circuito.audit.AuditDetails;
import cl.circuito.audit.AuditField;
import cl.circuito.audit.AuditTrail;
import cl.circuito.children.ChildNames;
import cl.circuito.children.ChildSearch;
import cl.circuito.children.Rut;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.network.ReferrerKind;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import cl.circuito.waitinglist.entry.Deadlines;
import cl.circuito.waitinglist.entry.Subjects;
import cl.circuito.waitinglist.ranking.ProgramRanking;
import cl.circuito.waitinglist.ranking.RankedEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The waiting-list register (Nómina de Niños – Lista de Espera, F-SGC-030) of a program, through the asker's
 * scope, for the documents drawn from it (xlsx, PDF, CSV). Two queries whatever the list's length: the rows
 * (the latest monitoring action and estimated date joined per entry on their indexes) and the ranking, which
 * {@link ProgramRanking} orders exactly as the ranking page does. Repeatable read, so both see one list.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class WaitingListRegister {

    /** A register is a book: in order of receipt. */
    private static final String REGISTER_ORDER = "e.received_on, e.registered_at";

    private final JdbcClient jdbc;
    private final ProgramDirectory programs;
    private final ProgramRanking ranking;
    private final Deadlines deadlines;
    private final AuditTrail audit;

    WaitingListRegister(JdbcClient jdbc, ProgramDirectory programs, ProgramRanking ranking, Deadlines deadlines,
                        AuditTrail audit) {
        this.jdbc = jdbc;
        this.programs = programs;
        this.ranking = ranking;
        this.deadlines = deadlines;
        this.audit = audit;
    }

    /**
     * Which entries: a state filter of the list, the list's search (name or RUT, may be null), an order (null:
     * order of receipt, as a register) and a year of receipt (null: every year).
     */
    public record Criteria(ListFilter filter, String query, ListSort sort, Integer year) {

        public Criteria {
            Objects.requireNonNull(filter);
        }
    }

    /** The register as drawn on {@code drawnOn} (today in Chile). */
    public record Register(ProgramSummary program, LocalDate drawnOn, List<RegisterRow> rows) {
    }

    /**
     * Reads the register. Another program's list is not found (404); reading it leaves an export in the trail under
     * {@code auditWhat}, the message key of what the caller does with it (a download: xlsx, PDF, CSV), on the program's
     * list, with the number of rows.
     */
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public Register read(Actor actor, UUID programId, Criteria criteria, String auditWhat) {
        actor.require(Permission.READ_CHILD_RECORDS);
        ProgramSummary program = programs.get(programId, actor.scope());

        Map<String, Object> params = new HashMap<>();
        params.put("programId", program.id());
        // An entry disposed of left the register (I-SGC-01: it is deleted when the program ends).
        StringBuilder where = new StringBuilder(" where e.program_id = :programId and e.disposed_on is null and ")
                .append(criteria.filter().condition);
        ChildSearch.append(where, params, criteria.query());
        if (criteria.year() != null) {
            where.append(" and e.received_on >= :from and e.received_on < :to");
            params.put("from", LocalDate.of(criteria.year(), 1, 1));
            params.put("to", LocalDate.of(criteria.year() + 1, 1, 1));
        }
        String order = criteria.sort() == null ? REGISTER_ORDER : criteria.sort().orderBy;

        Map<UUID, Integer> ranks = new HashMap<>();
        for (RankedEntry ranked : ranking.of(program.id())) {
            ranks.put(ranked.entryId(), ranked.rank());
        }
        List<RegisterRow> rows = jdbc.sql("""
                        select e.id, e.status, e.received_on, e.admissibility_due_on, e.decided_on, e.exit_reason,
                               e.exited_on, e.referral_reason, e.court_rit, e.court_ruc, e.priority, e.priority_score,
                               e.priority_overridden, e.scheduled_month, e.senainfo_entered_on, e.senainfo_removed_on,
                               c.given_names, c.paternal_surname, c.maternal_surname, c.rut, c.birth_date,
                               e.background_sufficient,
                               r.name as referrer_name, r.kind as referrer_kind,
                               m.performed_on as monitored_on, m.kind as monitoring_kind, m.outcome as monitoring_outcome,
                               est.estimated_on
                          from waiting_list_entry e
                          join child c on c.id = e.child_id
                          join referrer r on r.id = e.referrer_id
                          left join lateral (select ma.performed_on, ma.kind, ma.outcome from monitoring_action ma
                                              where ma.entry_id = e.id
                                              order by ma.performed_on desc, ma.recorded_at desc limit 1) m on true
                          left join lateral (select ae.estimated_on from admission_estimate ae
                                              where ae.entry_id = e.id and e.status = 'WAITING'
                                              order by ae.computed_at desc limit 1) est on true
                        """ + where + " order by " + order + ", e.id")
                .params(params)
                .query((rs, n) -> row(rs, ranks))
                .list();
        audit.exported(actor, Subjects.list(program.id()), auditWhat,
                AuditDetails.of(AuditField.RECORDS, rows.size()));
        return new Register(program, deadlines.today(), rows);
    }

    private static RegisterRow row(ResultSet rs, Map<UUID, Integer> ranks) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        EntryStatus status = EntryStatus.valueOf(rs.getString("status"));
        String exit = rs.getString("exit_reason");
        ExitReason exitReason = exit == null ? null : ExitReason.valueOf(exit);
        LocalDate decidedOn = date(rs, "decided_on");
        RegisterRow.Decision decision = decidedOn == null ? RegisterRow.Decision.PENDING
                : exitReason == ExitReason.NOT_ELIGIBLE ? RegisterRow.Decision.NOT_ELIGIBLE : RegisterRow.Decision.ELIGIBLE;
        String rut = rs.getString("rut");
        LocalDate scheduled = date(rs, "scheduled_month");
        String kind = rs.getString("monitoring_kind");
        String outcome = rs.getString("monitoring_outcome");
        LocalDate enteredOn = date(rs, "senainfo_entered_on");
        LocalDate removedOn = date(rs, "senainfo_removed_on");
        return new RegisterRow(id,
                ChildNames.full(rs.getString("given_names"), rs.getString("paternal_surname"),
                        rs.getString("maternal_surname")),
                rut == null ? null : Rut.parse(rut).formatted(), rs.getString("referrer_name"),
                ReferrerKind.valueOf(rs.getString("referrer_kind")), rs.getString("court_rit"),
                rs.getString("court_ruc"), rs.getString("referral_reason"), date(rs, "received_on"),
                date(rs, "admissibility_due_on"), status, decision, decidedOn,
                rs.getObject("priority", Integer.class), rs.getBoolean("priority_overridden"),
                rs.getObject("priority_score", Integer.class),
                status == EntryStatus.WAITING ? ranks.get(id) : null, date(rs, "estimated_on"),
                status == EntryStatus.SCHEDULED && scheduled != null ? YearMonth.from(scheduled) : null,
                date(rs, "monitored_on"), kind == null ? null : MonitoringActionKind.valueOf(kind),
                outcome == null ? null : MonitoringOutcome.valueOf(outcome), date(rs, "exited_on"), exitReason,
                SenainfoState.of(status, exitReason, enteredOn, removedOn), enteredOn, removedOn,
                date(rs, "birth_date"), rs.getBoolean("background_sufficient"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
