package cl.circuito.mesas;

import cl.circuito.identity.TerritorialManagers;
import cl.circuito.mesas.mesa.MemberEvent;
import cl.circuito.mesas.mesa.MesaMember;
import cl.circuito.mesas.plan.ActivityRow;
import cl.circuito.mesas.plan.MesaOutreach;
import cl.circuito.mesas.plan.MesaPlanning;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.AccessScope;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What the Mesas' list, summary and members pages read: each list is one query, scoped by the actor's standing.
 *
 * <p>Its length is the SQL text of the pages' queries, each one statement by design (page cost flat as Mesas grow);
 * the Java around them is small.
 */
@Service
@Transactional(readOnly = true)
public class MesaDirectory {

    private static final String LIST = """
            select m.id, m.name, c.name as comuna_name, r.code as region_code, r.name as region_name, m.frequency,
                   m.custom_interval_days,
                   (select string_agg(mm.name, ', ' order by mm.name) from mesa_member mm
                     where mm.mesa_id = m.id and mm.left_on is null and mm.co_facilitator) as co_facilitators,
                   (select min(s.held_on) from mesa_session s
                     where s.mesa_id = m.id and s.status = 'SCHEDULED' and s.held_on >= :today) as next_session,
                   (select count(*) from mesa_agreement a
                     where a.mesa_id = m.id and a.status in ('OPEN', 'IN_PROGRESS')) as open_agreements,
                   (select count(*) from mesa_agreement a
                     where a.mesa_id = m.id and a.status in ('OPEN', 'IN_PROGRESS') and a.due_on < :today) as overdue
              from mesa m join comuna c on c.code = m.comuna_code join region r on r.code = c.region_code
             where m.id = any(:ids) and (cast(:region as varchar) is null or r.code = :region)
             order by r.code, c.name""";

    private final MesaAccess access;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final MesaPlanning planning;
    private final MesaOutreach outreach;
    private final TerritorialManagers territorialManagers;

    MesaDirectory(MesaAccess access, JdbcClient jdbc, Clock clock, MesaPlanning planning, MesaOutreach outreach,
                  TerritorialManagers territorialManagers) {
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
        this.planning = planning;
        this.outreach = outreach;
        this.territorialManagers = territorialManagers;
    }

    public record MesaRow(UUID id, String name, String comunaName, String regionCode, String regionName,
                          Frequency frequency, Integer customIntervalDays, String coFacilitators, LocalDate nextSession,
                          long openAgreements, long overdueAgreements) {
    }

    public record Region(String code, String name) {
    }

    /** The Mesas the actor may open, optionally of one region. */
    public List<MesaRow> list(Actor actor, String regionCode) {
        UUID[] ids = access.visibleMesaIds(actor).toArray(new UUID[0]);
        return jdbc.sql(LIST).param("ids", ids).param("today", LocalDate.now(clock))
                .param("region", regionCode == null || regionCode.isBlank() ? null : regionCode)
                .query((rs, n) -> new MesaRow(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("comuna_name"), rs.getString("region_code"), rs.getString("region_name"),
                        Frequency.valueOf(rs.getString("frequency")), (Integer) rs.getObject("custom_interval_days"),
                        rs.getString("co_facilitators"), rs.getObject("next_session", LocalDate.class),
                        rs.getLong("open_agreements"), rs.getLong("overdue")))
                .list();
    }

    /** The national team and the admin filter by region; others see one region at most. */
    public boolean filtersByRegion(Actor actor) {
        return actor.scope() instanceof AccessScope.Nationwide
                || (actor.scope() instanceof AccessScope.Nothing && actor.can(Permission.MANAGE_MESAS));
    }

    public List<Region> regions() {
        return jdbc.sql("select code, name from region order by code")
                .query((rs, n) -> new Region(rs.getString("code"), rs.getString("name"))).list();
    }

    public record Comuna(String code, String name) {
    }

    public record RegionComunas(String code, String name, List<Comuna> comunas) {
    }

    /** The comunas without a Mesa where the actor may found one: all for the admin, her region for a manager. */
    public List<RegionComunas> foundable(Actor actor) {
        if (!actor.can(Permission.MANAGE_MESAS)) {
            return List.of();
        }
        String region = actor.scope() instanceof AccessScope.Region r ? r.regionCode() : null;
        if (region == null && !(actor.scope() instanceof AccessScope.Nothing || actor.scope() instanceof AccessScope.Nationwide)) {
            return List.of();
        }
        Map<String, RegionComunas> regions = new LinkedHashMap<>();
        jdbc.sql("""
                        select r.code as region_code, r.name as region_name, c.code, c.name from comuna c
                          join region r on r.code = c.region_code
                         where (cast(:region as varchar) is null or r.code = :region)
                           and not exists (select 1 from mesa m where m.comuna_code = c.code)
                         order by r.code, c.name""")
                .param("region", region)
                .query(rs -> {
                    RegionComunas rc = regions.computeIfAbsent(rs.getString("region_code"),
                            k -> {
                                try {
                                    return new RegionComunas(k, rs.getString("region_name"), new ArrayList<>());
                                } catch (java.sql.SQLException e) {
                                    throw new IllegalStateException(e);
                                }
                            });
                    rc.comunas().add(new Comuna(rs.getString("code"), rs.getString("name")));
                });
        return List.copyOf(regions.values());
    }

    public String comunaName(String code) {
        return jdbc.sql("select name from comuna where code = :code").param("code", code).query(String.class)
                .optional().orElseThrow(() -> new NotFound("mesa"));
    }

    // --- the summary ---

    public record Settings(UUID id, long version, String name, LocalDate foundedOn, Frequency frequency,
                           Integer customIntervalDays, String usualPlace, LocalTime usualStartsAt,
                           LocalTime usualEndsAt, Instant updatedAt, String updatedByName) {
    }

    public record NextSession(UUID id, int number, LocalDate heldOn, LocalTime startsAt, String place) {
    }

    public record PlanProgress(UUID id, String title, int done, int counted, int percent) {
    }

    public record Summary(Settings settings, List<String> coFacilitators, NextSession nextSession, int permanentMembers,
                          int occasionalMembers, long openAgreements, long overdueAgreements,
                          List<PlanProgress> plans, List<ActivityRow> lastActivities) {
    }

    /** The summary: the administrator sees the settings and members only, the rest of it needs reading standing. */
    public Summary summary(Actor actor, UUID mesaId) {
        MesaStanding standing = access.standing(actor, mesaId);
        Settings settings = settings(mesaId);
        LocalDate today = LocalDate.now(clock);
        List<String> coFacilitators = new ArrayList<>();
        int[] counts = new int[2];
        jdbc.sql("""
                        select name, participation, co_facilitator from mesa_member
                         where mesa_id = :mesa and left_on is null order by name""")
                .param("mesa", mesaId)
                .query(rs -> {
                    if (rs.getBoolean("co_facilitator")) {
                        coFacilitators.add(rs.getString("name"));
                    }
                    counts["PERMANENT".equals(rs.getString("participation")) ? 0 : 1]++;
                });
        if (!standing.reads()) {
            return new Summary(settings, coFacilitators, null, counts[0], counts[1], 0, 0, List.of(), List.of());
        }
        NextSession next = jdbc.sql("""
                        select id, number, held_on, starts_at, place from mesa_session
                         where mesa_id = :mesa and status = 'SCHEDULED' and held_on >= :today
                         order by held_on, number limit 1""")
                .param("mesa", mesaId).param("today", today)
                .query((rs, n) -> new NextSession(rs.getObject("id", UUID.class), rs.getInt("number"),
                        rs.getObject("held_on", LocalDate.class), rs.getObject("starts_at", LocalTime.class),
                        rs.getString("place")))
                .optional().orElse(null);
        long[] agreements = jdbc.sql("""
                        select count(*) as open, count(*) filter (where due_on < :today) as overdue from mesa_agreement
                         where mesa_id = :mesa and status in ('OPEN', 'IN_PROGRESS')""")
                .param("mesa", mesaId).param("today", today)
                .query((rs, n) -> new long[] {rs.getLong("open"), rs.getLong("overdue")}).single();
        List<PlanProgress> plans = planning.read(mesaId).stream().limit(2)
                .map(p -> new PlanProgress(p.id(), p.title(), p.progress().done(), p.progress().counted(),
                        p.progress().percent()))
                .toList();
        return new Summary(settings, coFacilitators, next, counts[0], counts[1], agreements[0], agreements[1], plans,
                outreach.rows(mesaId, null, null, 5));
    }

    Settings settings(UUID mesaId) {
        return jdbc.sql("""
                        select id, version, name, founded_on, frequency, custom_interval_days, usual_place,
                               usual_starts_at, usual_ends_at, updated_at, updated_by_name from mesa where id = :id""")
                .param("id", mesaId)
                .query((rs, n) -> new Settings(rs.getObject("id", UUID.class), rs.getLong("version"),
                        rs.getString("name"), rs.getObject("founded_on", LocalDate.class),
                        Frequency.valueOf(rs.getString("frequency")), (Integer) rs.getObject("custom_interval_days"),
                        rs.getString("usual_place"), rs.getObject("usual_starts_at", LocalTime.class),
                        rs.getObject("usual_ends_at", LocalTime.class),
                        rs.getObject("updated_at", java.time.OffsetDateTime.class).toInstant(),
                        rs.getString("updated_by_name")))
                .single();
    }

    /** The settings alone (the settings form and the API), for anyone with standing. */
    public Settings settings(Actor actor, UUID mesaId) {
        access.standing(actor, mesaId);
        return settings(mesaId);
    }

    // --- the members ---

    public record RepresentativeRow(UUID id, long version, String fullName, String position, String email,
                                    String phone, LocalDate since, LocalDate until) {
    }

    public record MemberRow(UUID id, long version, MemberKind kind, UUID programId, UUID institutionId,
                            String sectorCode, UUID userId, String name, String modality, Participation participation,
                            boolean coFacilitator, LocalDate joinedOn, LocalDate leftOn, String leftReason,
                            String notes, List<RepresentativeRow> representatives) {

        public boolean current() {
            return leftOn == null;
        }

        public List<RepresentativeRow> currentRepresentatives() {
            return representatives.stream().filter(r -> r.until() == null).toList();
        }
    }

    public record HistoryRow(UUID memberId, String memberName, MemberEvent.Kind kind, LocalDate onDate, String detail,
                             String byName) {
    }

    public record Members(List<MemberRow> current, List<MemberRow> past, List<HistoryRow> history) {

        public List<MemberRow> permanent() {
            return current.stream().filter(m -> m.participation() == Participation.PERMANENT).toList();
        }

        public List<MemberRow> occasional() {
            return current.stream().filter(m -> m.participation() == Participation.OCCASIONAL).toList();
        }

        /** Current and past members. */
        public Stream<MemberRow> all() {
            return Stream.concat(current.stream(), past.stream());
        }
    }

    /** Every member of the Mesa with its representatives, and the membership history: three queries in all. */
    public Members members(Actor actor, UUID mesaId) {
        access.standing(actor, mesaId);
        return members(mesaId);
    }

    Members members(UUID mesaId) {
        Map<UUID, List<RepresentativeRow>> representatives = new LinkedHashMap<>();
        jdbc.sql("""
                        select r.member_id, r.id, r.version, r.full_name, r.position, r.email, r.phone, r.since, r.until
                          from mesa_representative r join mesa_member m on m.id = r.member_id
                         where m.mesa_id = :mesa order by r.until nulls first, r.since, r.full_name""")
                .param("mesa", mesaId)
                .query(rs -> {
                    representatives.computeIfAbsent(rs.getObject("member_id", UUID.class), k -> new ArrayList<>())
                            .add(new RepresentativeRow(rs.getObject("id", UUID.class), rs.getLong("version"),
                                    rs.getString("full_name"), rs.getString("position"), rs.getString("email"),
                                    rs.getString("phone"), rs.getObject("since", LocalDate.class),
                                    rs.getObject("until", LocalDate.class)));
                });
        List<MemberRow> all = jdbc.sql("""
                        select m.id, m.version, m.kind, m.program_id, m.institution_id, m.sector_code, m.user_id, m.name,
                               p.modality_code, m.participation, m.co_facilitator, m.joined_on, m.left_on, m.left_reason,
                               m.notes
                          from mesa_member m left join program p on p.id = m.program_id
                         where m.mesa_id = :mesa
                         order by m.left_on desc nulls first, m.co_facilitator desc, m.name""")
                .param("mesa", mesaId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new MemberRow(id, rs.getLong("version"), MemberKind.valueOf(rs.getString("kind")),
                            rs.getObject("program_id", UUID.class), rs.getObject("institution_id", UUID.class),
                            rs.getString("sector_code"), rs.getObject("user_id", UUID.class), rs.getString("name"),
                            rs.getString("modality_code"), Participation.valueOf(rs.getString("participation")),
                            rs.getBoolean("co_facilitator"), rs.getObject("joined_on", LocalDate.class),
                            rs.getObject("left_on", LocalDate.class), rs.getString("left_reason"), rs.getString("notes"),
                            List.copyOf(representatives.getOrDefault(id, List.of())));
                })
                .list();
        List<HistoryRow> history = jdbc.sql("""
                        select e.member_id, m.name, e.kind, e.on_date, e.detail, e.by_name
                          from mesa_member_event e join mesa_member m on m.id = e.member_id
                         where e.mesa_id = :mesa order by e.on_date desc, e.at desc limit 500""")
                .param("mesa", mesaId)
                .query((rs, n) -> new HistoryRow(rs.getObject("member_id", UUID.class), rs.getString("name"),
                        MemberEvent.Kind.valueOf(rs.getString("kind")), rs.getObject("on_date", LocalDate.class),
                        rs.getString("detail"), rs.getString("by_name")))
                .list();
        return new Members(all.stream().filter(MemberRow::current).toList(),
                all.stream().filter(m -> !m.current()).toList(), history);
    }

    /**
     * A member the caller just changed through a use case (which checked her standing then), as the lists show it:
     * read even when the change took the caller's own access away, so the API can still answer it.
     */
    public MemberRow row(MesaMember member) {
        return members(member.mesaId()).all().filter(m -> m.id().equals(member.id())).findFirst()
                .orElseThrow(() -> new NotFound("mesaMember"));
    }

    /** The current members, for "who" selects of the plan and the activities. */
    public List<MemberRow> currentMembers(Actor actor, UUID mesaId) {
        return members(actor, mesaId).current();
    }

    // --- choices for adding a member ---

    public record Choice(UUID id, String name, String detail) {
    }

    public record SectorChoice(String code, String name) {
    }

    public record MemberChoices(List<Choice> comunaPrograms, List<Choice> regionPrograms, List<Choice> institutions,
                                List<SectorChoice> sectors, List<Choice> managers) {
    }

    /** Programs of the Mesa's comuna first, then of its region; institutions; sectors; the region's managers. */
    public MemberChoices memberChoices(UUID mesaId) {
        Map<String, String> place = jdbc.sql("""
                        select m.comuna_code, c.region_code from mesa m join comuna c on c.code = m.comuna_code
                         where m.id = :mesa""")
                .param("mesa", mesaId).query((rs, n) -> Map.of("comuna", rs.getString("comuna_code"),
                        "region", rs.getString("region_code"))).single();
        List<Choice> comunaPrograms = new ArrayList<>();
        List<Choice> regionPrograms = new ArrayList<>();
        jdbc.sql("""
                        select p.id, p.name, p.modality_code, c.name as comuna_name, p.comuna_code = :comuna as here
                          from program p join comuna c on c.code = p.comuna_code
                         where p.active and c.region_code = :region
                         order by here desc, p.modality_code, p.name""")
                .param("comuna", place.get("comuna")).param("region", place.get("region"))
                .query(rs -> {
                    Choice choice = new Choice(rs.getObject("id", UUID.class), rs.getString("name"),
                            rs.getString("modality_code") + " · " + rs.getString("comuna_name"));
                    (rs.getBoolean("here") ? comunaPrograms : regionPrograms).add(choice);
                });
        List<Choice> institutions = jdbc.sql("select id, name from institution order by name limit 2000")
                .query((rs, n) -> new Choice(rs.getObject("id", UUID.class), rs.getString("name"), null)).list();
        List<SectorChoice> sectors = jdbc.sql("select code, name from modality where kind = 'SECTOR' order by name")
                .query((rs, n) -> new SectorChoice(rs.getString("code"), rs.getString("name"))).list();
        List<Choice> managers = territorialManagers.ofRegion(place.get("region")).stream()
                .map(m -> new Choice(m.userId(), m.fullName(), null)).toList();
        return new MemberChoices(comunaPrograms, regionPrograms, institutions, sectors, managers);
    }

    /**
     * The names of every member the Mesa has had, current or past, by member id: what the network map shows for an
     * actor linked to a member. Unscoped: the caller has checked the asker's standing in the Mesa.
     */
    @Transactional(readOnly = true)
    public Map<UUID, String> memberNames(UUID mesaId) {
        Map<UUID, String> names = new HashMap<>();
        jdbc.sql("select id, name from mesa_member where mesa_id = :mesa").param("mesa", mesaId)
                .query(rs -> {
                    names.put(rs.getObject("id", UUID.class), rs.getString("name"));
                });
        return names;
    }

    /** The Mesas' names by id, in one query: e.g. the acts of disposal, which name their Mesa. Unscoped. */
    @Transactional(readOnly = true)
    public Map<UUID, String> names(java.util.Collection<UUID> mesaIds) {
        Map<UUID, String> names = new HashMap<>();
        if (mesaIds.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, name from mesa where id = any(:ids)").param("ids", mesaIds.toArray(new UUID[0]))
                .query(rs -> {
                    names.put(rs.getObject("id", UUID.class), rs.getString("name"));
                });
        return names;
    }
}
