package cl.circuito.testing;

import cl.circuito.mesas.Frequency;
import cl.circuito.mesas.mesa.Mesa;
import cl.circuito.mesas.mesa.MesaMember;
import cl.circuito.mesas.sessions.MesaMinutes;
import cl.circuito.mesas.sessions.MesaScheduling;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.mesas.mesa.MesaSetup;
import cl.circuito.mesas.Participation;
import cl.circuito.mesas.mesa.Representative;
import cl.circuito.mesas.sessions.SessionAttendance;
import cl.circuito.mesas.sessions.SessionViews;
import cl.circuito.mesas.sessions.AttendanceStatus;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

/**
 * A Mesa ready to work, in a comuna that has none yet (one Mesa per comuna, and the test database is shared:
 * there are 346 comunas, so create Mesas sparingly, a few per test class).
 */
@TestComponent
public class MesaFixtures {

    /** Founded on this date; sessions before it are refused. */
    public static final LocalDate FOUNDED = LocalDate.of(2024, 3, 1);

    private final JdbcClient jdbc;
    private final Fixtures fixtures;
    private final MesaSetup setup;
    private final MesaScheduling scheduling;
    private final SessionAttendance attendance;
    private final SessionViews views;
    private final MesaMinutes minutes;
    private final Clock clock;

    MesaFixtures(JdbcClient jdbc, Fixtures fixtures, MesaSetup setup, MesaScheduling scheduling,
                 SessionAttendance attendance, SessionViews views, MesaMinutes minutes, Clock clock) {
        this.jdbc = jdbc;
        this.fixtures = fixtures;
        this.setup = setup;
        this.scheduling = scheduling;
        this.attendance = attendance;
        this.views = views;
        this.minutes = minutes;
        this.clock = clock;
    }

    /**
     * The people around one Mesa: the OPD and EDT co-facilitate (their directors are co-facilitators), a PIE is
     * a permanent member and health an occasional one (with a representative each, with e-mail); a program of
     * another comuna is an outsider; the region's territorial manager and the national team oversee it.
     */
    public record MesaWorld(UUID mesaId, String comunaCode, String regionCode, UUID opd, UUID edt, UUID pie,
                            UUID opdMember, UUID edtMember, UUID pieMember, UUID healthMember,
                            Actor coFacilitator, Actor edtCoFacilitator, Actor member, Actor memberReadOnly,
                            Actor outsider, Actor manager, Actor otherManager, Actor national, Actor admin) {
    }

    /** The demo's comunas (Chillán, Chillán Viejo, Coquimbo) are left to DemoDataTests, which founds the demo Mesas. */
    public MesaWorld world() {
        String comuna = jdbc.sql("""
                        select c.code from comuna c where c.code not in ('16101', '16103', '04102') and not exists (select 1 from mesa m where m.comuna_code = c.code)
                         order by random() limit 1""").query(String.class).single();
        String region = jdbc.sql("select region_code from comuna where code = ?").param(comuna).query(String.class).single();
        String otherRegion = "01".equals(region) ? "02" : "01";
        Actor admin = fixtures.user(Role.ADMIN, Set.of());
        UUID opd = fixtures.program("OPD", comuna);
        UUID edt = fixtures.program("EDT", comuna);
        UUID pie = fixtures.program("PIE", comuna);
        UUID elsewhere = fixtures.program("PIE", jdbc.sql("select code from comuna where code <> ? limit 1")
                .param(comuna).query(String.class).single());
        Mesa mesa = setup.found(admin, comuna, new Mesa.Settings("Mesa de Gestión de Casos " + Fixtures.next(),
                FOUNDED, Frequency.MONTHLY, null, "Sala de reuniones de la OPD", LocalTime.of(9, 30),
                LocalTime.of(12, 0)));
        MesaMember opdMember = setup.join(admin, mesa.id(), MesaMember.Identity.program(opd, "OPD"),
                Participation.PERMANENT, true, FOUNDED, null);
        MesaMember edtMember = setup.join(admin, mesa.id(), MesaMember.Identity.program(edt, "EDT"),
                Participation.PERMANENT, true, FOUNDED, null);
        MesaMember pieMember = setup.join(admin, mesa.id(), MesaMember.Identity.program(pie, "PIE"),
                Participation.PERMANENT, false, FOUNDED, null);
        MesaMember health = setup.join(admin, mesa.id(), MesaMember.Identity.sector("SALUD", "CESFAM de prueba"),
                Participation.OCCASIONAL, false, FOUNDED, null);
        setup.addRepresentative(admin, mesa.id(), opdMember.id(),
                new Representative.Contact("Olga Ortiz", "Coordinadora OPD", "olga.opd@prueba.cl", null), FOUNDED);
        setup.addRepresentative(admin, mesa.id(), edtMember.id(),
                new Representative.Contact("Esteban Espinoza", "Dupla EDT", "esteban.edt@prueba.cl", null), FOUNDED);
        setup.addRepresentative(admin, mesa.id(), pieMember.id(),
                new Representative.Contact("Pía Paredes", "Directora PIE", "pia.pie@prueba.cl", null), FOUNDED);
        setup.addRepresentative(admin, mesa.id(), health.id(),
                new Representative.Contact("Sergio Salas", "Psicólogo CESFAM", "sergio.salud@prueba.cl", null), FOUNDED);
        return new MesaWorld(mesa.id(), comuna, region, opd, edt, pie, opdMember.id(), edtMember.id(),
                pieMember.id(), health.id(),
                fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(opd)),
                fixtures.user(Role.PROGRAM_PROFESSIONAL, Set.of(edt)),
                fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(pie)),
                fixtures.user(Role.READ_ONLY, Set.of(pie)),
                fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(elsewhere)),
                fixtures.user(Role.TERRITORIAL_MANAGER, region, Set.of()),
                fixtures.user(Role.TERRITORIAL_MANAGER, otherRegion, Set.of()),
                fixtures.user(Role.NATIONAL_TEAM, Set.of()),
                admin);
    }

    /**
     * A session of the world's Mesa on any date the rules allow, by its co-facilitator: scheduled from today on,
     * recorded as already held before today (so sessions in the past are created in date order, after the last
     * held one). A weekend or holiday is taken as confirmed: tests that check the confirmation ask for it.
     */
    public MesaSession session(MesaWorld world, LocalDate on) {
        MesaSession.Slot slot = new MesaSession.Slot(on, LocalTime.of(9, 30), LocalTime.of(12, 0),
                "Sala de reuniones de la OPD");
        return on.isBefore(LocalDate.now(clock))
                ? scheduling.recordHeld(world.coFacilitator(), world.mesaId(), slot, true)
                : scheduling.schedule(world.coFacilitator(), world.mesaId(), slot, true);
    }

    /**
     * A session scheduled when its date was still to come, that date now past, and nobody has yet recorded that it
     * took place: scheduled far ahead, then dated back in the database as the passing of time would. Create a
     * Mesa's sessions in date order.
     */
    public MesaSession pending(MesaWorld world, LocalDate on) {
        LocalDate ahead = LocalDate.now(clock).plusYears(2).minusDays(Fixtures.next() % 300);
        MesaSession session = scheduling.schedule(world.coFacilitator(), world.mesaId(), new MesaSession.Slot(ahead,
                LocalTime.of(9, 30), LocalTime.of(12, 0), "Sala de reuniones de la OPD"), true);
        jdbc.sql("update mesa_session set held_on = ? where id = ?").params(on, session.id()).update();
        return views.session(world.coFacilitator(), world.mesaId(), session.id());
    }

    /**
     * The session took place: its attendance recorded by the co-facilitator, everyone expected present (so the
     * minutes of the previous session can be approved at it), based on the version its attendance page shows.
     */
    public void attend(MesaWorld world, MesaSession session) {
        attend(world, session.id());
    }

    private void attend(MesaWorld world, UUID sessionId) {
        SessionAttendance.Sheet sheet = attendance.sheet(world.coFacilitator(), world.mesaId(), sessionId);
        attendance.record(world.coFacilitator(), world.mesaId(), sessionId, sheet.session().version(),
                sheet.lines().stream()
                        .map(l -> new SessionAttendance.Mark(l.memberId(), l.representativeId(), AttendanceStatus.PRESENT))
                        .toList(), java.util.Set.of());
    }

    /**
     * The minutes of a held session read and approved at the next one, as the co-facilitator does it: circulated,
     * the next session's attendance recorded, approved there. {@code first} must be the session before {@code next}.
     */
    public void approveMinutes(MesaWorld world, MesaSession first, MesaSession next) {
        minutes.circulate(world.coFacilitator(), world.mesaId(), first.id(), fixtures.version("mesa_session", first.id()));
        attend(world, next.id());
        minutes.approvePrevious(world.coFacilitator(), world.mesaId(), next.id(),
                fixtures.version("mesa_session", first.id()), "Integrantes presentes, por consenso", null);
    }
}
