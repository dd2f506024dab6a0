package cl.circuito.mesas;

import cl.circuito.mesas.sessions.AttendanceRates;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A set of Mesas' records over one period (the calendar year, up to its end or today), counted for the national
 * team's implementation monitoring: sessions, members and co-facilitation, attendance of permanent members,
 * occasional members convened, the year's plans, agreements, case reviews by criterion and activities by kind.
 * Counts and member names only, never a child or a review's content. One query per family of figures for all
 * the Mesas asked: the caller (implementation monitoring) has already decided which Mesas the user may see.
 */
@Service
@Transactional(readOnly = true)
public class MesaYearFigures {

    /** A member on the period's last day; {@code modalityCode} of its program (OPD, EDT…), null for others. */
    public record Member(UUID id, String name, MemberKind kind, String modalityCode, Participation participation,
                         boolean coFacilitator) {
    }

    /**
     * One Mesa's figures for {@code [from, to]}. Sessions: {@code sessionsHeld} held, {@code sessionsDated} not
     * cancelled (held or still scheduled). Attendance: {@code permanentExpected} lines of a permanent member at a
     * held session while it was a member, {@code permanentPresent} of them present (any representative came).
     * Plans: the plans of the year (yearly or either semester), their activities not cancelled and those done.
     * Agreements: see {@link MesaYearFigures#AGREEMENTS}. Case reviews: at sessions held in the period.
     */
    public record Figures(UUID mesaId, String name, String comunaCode, String comunaName, String regionCode,
                          String regionName, Frequency frequency, Integer customIntervalDays, LocalDate foundedOn,
                          LocalDate from, LocalDate to, int sessionsHeld, int sessionsDated, List<Member> members,
                          int permanentExpected, int permanentPresent, List<String> occasionalConvened,
                          List<String> plans, int planActivities, int planActivitiesDone, int agreementsMade,
                          int agreementsCounted, int agreementsDone, int agreementsOverdue,
                          Map<CaseCriterion, Integer> reviewsByCriterion, Map<ActivityKind, Integer> activitiesByKind) {

        public int reviews() {
            return reviewsByCriterion.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int activities() {
            return activitiesByKind.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private static final String MESAS = """
            select m.id, m.name, m.comuna_code, c.name as comuna_name, c.region_code, r.name as region_name,
                   m.frequency, m.custom_interval_days, m.founded_on
              from mesa m join comuna c on c.code = m.comuna_code join region r on r.code = c.region_code
             where m.id = any(:mesas)
             order by r.code, c.name, m.name""";

    private static final String SESSIONS = """
            select s.mesa_id, count(*) filter (where s.status = 'HELD') as held,
                   count(*) filter (where s.status <> 'CANCELLED') as dated
              from mesa_session s
             where s.mesa_id = any(:mesas) and s.held_on between :from and :to
             group by s.mesa_id""";

    private static final String MEMBERS = """
            select m.id, m.mesa_id, m.name, m.kind, p.modality_code, m.participation, m.co_facilitator
              from mesa_member m left join program p on p.id = m.program_id
             where m.mesa_id = any(:mesas) and m.joined_on <= :to and (m.left_on is null or m.left_on > :to)
             order by m.co_facilitator desc, m.name""";

    /** As {@link AttendanceRates}: a permanent member is expected at every session held while it was a member. */
    private static final String ATTENDANCE = """
            with per as (
                select m.mesa_id, s.id as session_id, m.id as member_id,
                       exists (select 1 from mesa_attendance a
                                where a.session_id = s.id and a.member_id = m.id and a.status = 'PRESENT') as present
                  from mesa_session s
                  join mesa_member m on m.mesa_id = s.mesa_id and m.participation = 'PERMANENT'
                                    and s.held_on >= m.joined_on and (m.left_on is null or s.held_on < m.left_on)
                 where s.mesa_id = any(:mesas) and s.status = 'HELD' and s.held_on between :from and :to
            )
            select mesa_id, count(*) as expected, count(*) filter (where present) as present
              from per group by mesa_id""";

    private static final String OCCASIONAL = """
            select distinct m.mesa_id, m.name
              from mesa_session_invitee i
              join mesa_session s on s.id = i.session_id
              join mesa_member m on m.id = i.member_id
             where s.mesa_id = any(:mesas) and s.status <> 'CANCELLED' and s.held_on between :from and :to
               and m.participation = 'OCCASIONAL'
             order by m.name""";

    private static final String PLANS = """
            select p.mesa_id, p.title,
                   (select count(*) from mesa_plan_activity a join mesa_plan_objective o on o.id = a.objective_id
                     where o.plan_id = p.id and a.status <> 'CANCELLED') as planned,
                   (select count(*) from mesa_plan_activity a join mesa_plan_objective o on o.id = a.objective_id
                     where o.plan_id = p.id and a.status = 'DONE') as done
              from mesa_plan p
             where p.mesa_id = any(:mesas) and p.year = :year
             order by p.period_kind desc, p.semester nulls first""";

    /**
     * Agreements of the period. Counted (the base of "done"): closed in the period with a status other than
     * cancelled, or due in the period and not cancelled (still open ones included: they were not done).
     * Done: those counted that are done. Overdue: due before the period's end and still open at that end
     * (open, in progress, or closed only afterwards). Made: agreed at sessions dated in the period.
     */
    static final String AGREEMENTS = """
            select a.mesa_id,
                   count(*) filter (where s.held_on between :from and :to) as made,
                   count(*) filter (where a.status <> 'CANCELLED'
                                      and ((a.closed_on between :from and :to)
                                           or (a.due_on between :from and :to
                                               and (a.closed_on is null or a.closed_on >= :from)))) as counted,
                   count(*) filter (where a.status = 'DONE'
                                      and ((a.closed_on between :from and :to)
                                           or (a.due_on between :from and :to and a.closed_on >= :from))) as done,
                   count(*) filter (where a.due_on < :to and s.held_on <= :to
                                      and (a.closed_on is null or a.closed_on > :to)) as overdue
              from mesa_agreement a join mesa_session s on s.id = a.session_id
             where a.mesa_id = any(:mesas)
             group by a.mesa_id""";

    private static final String REVIEWS = """
            select r.mesa_id, r.criterion, count(*) as reviews
              from mesa_case_review r join mesa_session s on s.id = r.session_id
             where r.mesa_id = any(:mesas) and s.status = 'HELD' and s.held_on between :from and :to
             group by r.mesa_id, r.criterion""";

    private static final String ACTIVITIES = """
            select a.mesa_id, a.kind, count(*) as activities
              from mesa_activity a
             where a.mesa_id = any(:mesas) and a.held_on between :from and :to
             group by a.mesa_id, a.kind""";

    private final JdbcClient jdbc;

    MesaYearFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The Mesas of a region, or every Mesa when {@code regionCode} is null. */
    public List<UUID> mesasIn(String regionCode) {
        return jdbc.sql("""
                        select m.id from mesa m join comuna c on c.code = m.comuna_code
                         where cast(:region as varchar) is null or c.region_code = :region""")
                .param("region", regionCode).query(UUID.class).list();
    }

    /**
     * The figures of {@code mesaIds} from {@code from} to {@code to} (both within one calendar year, whose plans
     * count), ordered by region, comuna and name; Mesas that do not exist are left out.
     */
    public List<Figures> of(Collection<UUID> mesaIds, LocalDate from, LocalDate to) {
        if (mesaIds.isEmpty()) {
            return List.of();
        }
        UUID[] ids = mesaIds.toArray(UUID[]::new);
        Map<UUID, Builder> builders = new LinkedHashMap<>();
        query(MESAS, ids, from, to, (rs, b) -> { }, builders, true);
        query(SESSIONS, ids, from, to, (rs, b) -> {
            b.held = rs.getInt("held");
            b.dated = rs.getInt("dated");
        }, builders, false);
        query(MEMBERS, ids, from, to, (rs, b) -> b.members.add(new Member(rs.getObject("id", UUID.class),
                rs.getString("name"), MemberKind.valueOf(rs.getString("kind")), rs.getString("modality_code"),
                Participation.valueOf(rs.getString("participation")), rs.getBoolean("co_facilitator"))), builders, false);
        query(ATTENDANCE, ids, from, to, (rs, b) -> {
            b.permanentExpected = rs.getInt("expected");
            b.permanentPresent = rs.getInt("present");
        }, builders, false);
        query(OCCASIONAL, ids, from, to, (rs, b) -> b.occasional.add(rs.getString("name")), builders, false);
        query(PLANS, ids, from, to, (rs, b) -> {
            b.plans.add(rs.getString("title"));
            b.planned += rs.getInt("planned");
            b.done += rs.getInt("done");
        }, builders, false);
        query(AGREEMENTS, ids, from, to, (rs, b) -> {
            b.made = rs.getInt("made");
            b.counted = rs.getInt("counted");
            b.agreementsDone = rs.getInt("done");
            b.overdue = rs.getInt("overdue");
        }, builders, false);
        query(REVIEWS, ids, from, to, (rs, b) -> b.reviews.put(CaseCriterion.valueOf(rs.getString("criterion")),
                rs.getInt("reviews")), builders, false);
        query(ACTIVITIES, ids, from, to, (rs, b) -> b.activities.put(ActivityKind.valueOf(rs.getString("kind")),
                rs.getInt("activities")), builders, false);
        List<Figures> figures = new ArrayList<>();
        builders.values().forEach(b -> figures.add(b.build(from, to)));
        return figures;
    }

    private interface RowReader {
        void read(java.sql.ResultSet rs, Builder builder) throws java.sql.SQLException;
    }

    private void query(String sql, UUID[] ids, LocalDate from, LocalDate to, RowReader reader,
                       Map<UUID, Builder> builders, boolean creates) {
        var spec = jdbc.sql(sql).param("mesas", ids);
        if (sql.contains(":from")) {
            spec = spec.param("from", from);
        }
        if (sql.contains(":to")) {
            spec = spec.param("to", to);
        }
        if (sql.contains(":year")) {
            spec = spec.param("year", from.getYear());
        }
        spec.query(rs -> {
            UUID mesaId = rs.getObject(creates ? "id" : "mesa_id", UUID.class);
            Builder builder = creates ? builders.computeIfAbsent(mesaId, id -> new Builder()) : builders.get(mesaId);
            if (creates) {
                builder.mesaId = mesaId;
                builder.name = rs.getString("name");
                builder.comunaCode = rs.getString("comuna_code");
                builder.comunaName = rs.getString("comuna_name");
                builder.regionCode = rs.getString("region_code");
                builder.regionName = rs.getString("region_name");
                builder.frequency = Frequency.valueOf(rs.getString("frequency"));
                builder.customIntervalDays = (Integer) rs.getObject("custom_interval_days");
                builder.foundedOn = rs.getObject("founded_on", LocalDate.class);
            }
            if (builder != null) {
                reader.read(rs, builder);
            }
        });
    }

    private static final class Builder {
        UUID mesaId;
        String name;
        String comunaCode;
        String comunaName;
        String regionCode;
        String regionName;
        Frequency frequency;
        Integer customIntervalDays;
        LocalDate foundedOn;
        int held;
        int dated;
        final List<Member> members = new ArrayList<>();
        int permanentExpected;
        int permanentPresent;
        final List<String> occasional = new ArrayList<>();
        final List<String> plans = new ArrayList<>();
        int planned;
        int done;
        int made;
        int counted;
        int agreementsDone;
        int overdue;
        final Map<CaseCriterion, Integer> reviews = new EnumMap<>(CaseCriterion.class);
        final Map<ActivityKind, Integer> activities = new EnumMap<>(ActivityKind.class);

        Figures build(LocalDate from, LocalDate to) {
            return new Figures(mesaId, name, comunaCode, comunaName, regionCode, regionName, frequency,
                    customIntervalDays, foundedOn, from, to, held, dated, List.copyOf(members), permanentExpected,
                    permanentPresent, List.copyOf(occasional), List.copyOf(plans), planned, done, made, counted,
                    agreementsDone, overdue, Collections.unmodifiableMap(new EnumMap<>(reviews)),
                    Collections.unmodifiableMap(new EnumMap<>(activities)));
        }
    }
}
