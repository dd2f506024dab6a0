package cl.circuito.waitinglist;

import cl.circuito.children.ChildNames;
import cl.circuito.children.Rut;
import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ReferrerKind;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the waiting list knows that an oficio states: the child, the referral, the decision, the admission
 * and a monitoring action's findings. One query per question, whatever is asked. The letters module reads it
 * when a user drafts a letter (through the user's scope) and when an event drafts one (unscoped: the system
 * drafts for the program the event came from, and no person sees anything until a scoped read).
 */
@Service
@Transactional(readOnly = true)
public class LetterFacts {

    private static final String ENTRY = """
            select e.id, e.program_id, e.status, e.exit_reason, e.exited_on, e.court_rit, e.court_ruc, e.received_on,
                   e.decided_on, e.decision_notes, e.pertinent_program_id, e.pertinent_program_name,
                   (select count(*) from entry_event ev where ev.entry_id = e.id and ev.kind = 'DECISION_REOPENED')
                       as decision_round,
                   c.given_names, c.paternal_surname, c.maternal_surname, c.rut, c.birth_date,
                   r.id as referrer_id, r.name as referrer_name, r.kind as referrer_kind,
                   est.estimated_on, est.latest_on, est.rank as estimate_rank, est.free_places as estimate_free_places,
                   est.basis_kind as estimate_basis, est.monthly_exits as estimate_monthly_exits,
                   np.performed_on as not_protected_on, np.notes as not_protected_notes
              from waiting_list_entry e
              join child c on c.id = e.child_id
              join referrer r on r.id = e.referrer_id
              left join lateral (select a.estimated_on, a.latest_on, a.rank, a.free_places, a.basis_kind, a.monthly_exits
                                   from admission_estimate a where a.entry_id = e.id
                                  order by a.computed_at desc limit 1) est on true
              left join lateral (select m.performed_on, m.notes from monitoring_action m
                                  where m.entry_id = e.id and m.outcome = 'NOT_PROTECTED'
                                  order by m.performed_on desc, m.recorded_at desc limit 1) np on true
            """;

    private final JdbcClient jdbc;
    private final ProgramDirectory programs;

    LetterFacts(JdbcClient jdbc, ProgramDirectory programs) {
        this.jdbc = jdbc;
        this.programs = programs;
    }

    /**
     * An entry's facts as an oficio states them.
     *
     * @param childRut      "12.345.678-5", or null when the child has no RUT on file
     * @param decisionNotes the admissibility decision's reason (for a child not eligible: why)
     * @param admittedOn    the effective admission date, or null while not admitted
     * @param estimatedOn   the current estimated admission date, or null
     * @param notProtectedOn the date of the last monitoring that found the child not protected, or null
     * @param notProtectedNotes what that monitoring recorded
     * @param status        where the entry stands now (a letter about a waiting child needs it waiting)
     * @param exitReason    why it left the list, or null while on it
     * @param pertinentProgramId the more pertinent program when it is one of the network (its contact data is
     *                      there), or null when it was written by hand or the child is not "not eligible"
     * @param decisionRound how many times the admissibility decision was reopened: a decision after a reopening
     *                      is a new one, and calls for its own letter
     * @param estimateRange how sure the current estimate is and its 90 % date, or null without an estimate
     */
    public record EntryFacts(UUID entryId, UUID programId, boolean open, String childName, String childRut,
                             LocalDate birthDate, UUID referrerId, String referrerName, ReferrerKind referrerKind,
                             String courtRit, String courtRuc, LocalDate receivedOn, LocalDate decidedOn,
                             String decisionNotes, String pertinentProgramName, LocalDate admittedOn,
                             LocalDate estimatedOn, LocalDate notProtectedOn, String notProtectedNotes,
                             EntryStatus status, ExitReason exitReason, UUID pertinentProgramId, int decisionRound,
                             EstimateRange estimateRange) {

        public boolean referredByCourt() {
            return referrerKind != null && referrerKind.isCourt();
        }

        /** Declared not eligible (no sujeto de atención): the entry left the list with that decision. */
        public boolean notEligible() {
            return exitReason == ExitReason.NOT_ELIGIBLE;
        }

        /** On the list and eligible: waiting for a place or scheduled for one. */
        public boolean waiting() {
            return status == EntryStatus.WAITING || status == EntryStatus.SCHEDULED;
        }

        public Integer ageOn(LocalDate day) {
            return ChildNames.age(birthDate, day);
        }
    }

    /**
     * The range of an estimated admission date, as an oficio states it honestly (docs/estimates.md).
     *
     * @param latestOn      the 90 % date, or null for an estimate computed before ranges were
     * @param observedExits the exits in the last {@code observedMonths} months the rate came from (OBSERVED only)
     */
    public record EstimateRange(LocalDate latestOn, EstimateCertainty certainty, int observedExits, int observedMonths) {
    }

    /** What a monitoring action found, as the oficio about a child not protected cites it. */
    public record MonitoringFacts(UUID monitoringActionId, UUID entryId, MonitoringActionKind kind,
                                  LocalDate performedOn, MonitoringOutcome outcome, String notes) {
    }

    /** For a user: only an entry of a program in the user's scope; any other is not found. */
    public EntryFacts entry(Actor actor, UUID entryId) {
        actor.require(Permission.READ_CHILD_RECORDS);
        Set<UUID> visible = programs.visibleIds(actor.scope());
        return find(entryId).filter(f -> visible.contains(f.programId())).orElseThrow(() -> new NotFound("entry"));
    }

    /** For the system (an event's listener): the entry wherever it is, or empty if it does not exist. */
    public Optional<EntryFacts> entryForSystem(UUID entryId) {
        return find(entryId);
    }

    /** For the system: the entry's current estimated admission date (the latest computed), or empty. */
    public Optional<LocalDate> currentEstimate(UUID entryId) {
        return jdbc.sql("""
                        select estimated_on from admission_estimate where entry_id = :entry
                         order by computed_at desc limit 1""")
                .param("entry", entryId)
                .query((rs, n) -> rs.getDate("estimated_on").toLocalDate())
                .optional();
    }

    /** For the system: every entry of the child, in any program (a correction of the child concerns them all). */
    public java.util.List<UUID> entriesOfChild(UUID childId) {
        return jdbc.sql("select id from waiting_list_entry where child_id = :child")
                .param("child", childId)
                .query(UUID.class)
                .list();
    }

    /** For the system: a monitoring action of the entry, or empty. */
    public Optional<MonitoringFacts> monitoringForSystem(UUID entryId, UUID monitoringActionId) {
        return jdbc.sql("""
                        select id, entry_id, kind, performed_on, outcome, notes
                          from monitoring_action where id = :id and entry_id = :entry
                        """)
                .param("id", monitoringActionId)
                .param("entry", entryId)
                .query((rs, n) -> new MonitoringFacts(rs.getObject("id", UUID.class), rs.getObject("entry_id", UUID.class),
                        MonitoringActionKind.valueOf(rs.getString("kind")), rs.getDate("performed_on").toLocalDate(),
                        MonitoringOutcome.valueOf(rs.getString("outcome")), rs.getString("notes")))
                .optional();
    }

    private Optional<EntryFacts> find(UUID entryId) {
        return jdbc.sql(ENTRY + " where e.id = :id").param("id", entryId).query(LetterFacts::facts).optional();
    }

    private static EntryFacts facts(ResultSet rs, int n) throws SQLException {
        String rut = rs.getString("rut");
        String exitReason = rs.getString("exit_reason");
        LocalDate exitedOn = date(rs, "exited_on");
        return new EntryFacts(rs.getObject("id", UUID.class), rs.getObject("program_id", UUID.class),
                !EntryStatus.EXITED.name().equals(rs.getString("status")),
                ChildNames.full(rs.getString("given_names"), rs.getString("paternal_surname"),
                        rs.getString("maternal_surname")),
                rut == null ? null : Rut.parse(rut).formatted(), date(rs, "birth_date"),
                rs.getObject("referrer_id", UUID.class), rs.getString("referrer_name"),
                ReferrerKind.valueOf(rs.getString("referrer_kind")), rs.getString("court_rit"), rs.getString("court_ruc"),
                date(rs, "received_on"), date(rs, "decided_on"), rs.getString("decision_notes"),
                rs.getString("pertinent_program_name"),
                ExitReason.ADMITTED.name().equals(exitReason) ? exitedOn : null, date(rs, "estimated_on"),
                date(rs, "not_protected_on"), rs.getString("not_protected_notes"),
                EntryStatus.valueOf(rs.getString("status")), exitReason == null ? null : ExitReason.valueOf(exitReason),
                rs.getObject("pertinent_program_id", UUID.class), rs.getInt("decision_round"), range(rs));
    }

    /** Six months of exits: the observed rate's window; exits a month are stored with two decimals. */
    private static EstimateRange range(ResultSet rs) throws SQLException {
        if (rs.getDate("estimated_on") == null) {
            return null;
        }
        boolean observed = "OBSERVED".equals(rs.getString("estimate_basis"));
        int months = 6;
        int exits = rs.getBigDecimal("estimate_monthly_exits").multiply(java.math.BigDecimal.valueOf(months))
                .setScale(0, java.math.RoundingMode.HALF_UP).intValue();
        return new EstimateRange(date(rs, "latest_on"), EstimateCertainty.of(rs.getInt("estimate_rank"),
                rs.getInt("estimate_free_places"), observed), exits, months);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
