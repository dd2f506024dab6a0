package cl.circuito.demo;

import cl.circuito.mesas.ActivityKind;
import cl.circuito.mesas.agreements.Agreement;
import cl.circuito.mesas.agreements.AgreementStatus;
import cl.circuito.mesas.sessions.AttendanceStatus;
import cl.circuito.mesas.CaseCriterion;
import cl.circuito.mesas.cases.CaseReviewing;
import cl.circuito.mesas.cases.CaseSex;
import cl.circuito.mesas.Frequency;
import cl.circuito.mesas.mesa.Mesa;
import cl.circuito.mesas.plan.MesaActivity;
import cl.circuito.mesas.agreements.MesaAgreements;
import cl.circuito.mesas.mesa.MesaMember;
import cl.circuito.mesas.plan.MesaOutreach;
import cl.circuito.mesas.plan.MesaPlan;
import cl.circuito.mesas.plan.MesaPlanning;
import cl.circuito.mesas.sessions.MesaSession;
import cl.circuito.mesas.mesa.MesaSetup;
import cl.circuito.mesas.Participation;
import cl.circuito.mesas.plan.PlanActivity;
import cl.circuito.mesas.plan.PlanActivityStatus;
import cl.circuito.mesas.plan.PlanObjective;
import cl.circuito.mesas.plan.PlanPeriod;
import cl.circuito.mesas.sessions.SessionAttendance;
import cl.circuito.mesas.sessions.SessionPlanning;
import cl.circuito.network.NetworkAdministration;
import cl.circuito.network.NetworkAdministration.InstitutionData;
import cl.circuito.network.NetworkAdministration.ProgramData;
import cl.circuito.shared.security.AccessScope;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Two more Mesas so the implementation monitoring has something to compare (everything fictional): Chillán Viejo,
 * in Ñuble, co-led by the territorial manager, that met a few times, has no plan and lets agreements go overdue;
 * and Coquimbo, meeting every two weeks, co-facilitated by its OPD and EDT, with its plan on track and good
 * practices among its case reviews. The territorial manager of Ñuble sees Chillán and Chillán Viejo only.
 */
@Component
@ConditionalOnProperty(name = "circuito.demo-data.enabled", havingValue = "true")
class DemoImplementation {

    static final String CHILLAN_VIEJO = "16103";
    static final String COQUIMBO = "04102";

    private static final UUID BACKGROUND = UUID.fromString("2f4b9a10-0001-4000-8000-000000000024");
    private static final UUID INTERVENTIONS = UUID.fromString("2f4b9a10-0002-4000-8000-000000000024");
    private static final UUID KNOTS = UUID.fromString("2f4b9a10-0004-4000-8000-000000000024");
    private static final UUID QUESTION = UUID.fromString("2f4b9a10-0005-4000-8000-000000000024");

    private final JdbcClient jdbc;
    private final NetworkAdministration network;
    private final MesaSetup setup;
    private final SessionPlanning scheduling;
    private final SessionAttendance attendance;
    private final MesaAgreements agreements;
    private final MesaPlanning planning;
    private final MesaOutreach outreach;
    private final CaseReviewing reviewing;

    DemoImplementation(JdbcClient jdbc, NetworkAdministration network, MesaSetup setup, SessionPlanning scheduling,
                       SessionAttendance attendance, MesaAgreements agreements, MesaPlanning planning,
                       MesaOutreach outreach, CaseReviewing reviewing) {
        this.jdbc = jdbc;
        this.network = network;
        this.setup = setup;
        this.scheduling = scheduling;
        this.attendance = attendance;
        this.agreements = agreements;
        this.planning = planning;
        this.outreach = outreach;
        this.reviewing = reviewing;
    }

    /** {@code admin} founds both; {@code ppf} is the demo PPF of Chillán Viejo. */
    void load(Actor admin, UUID ppf, LocalDate today, DemoVersions versions) {
        chillanViejo(admin, ppf, today, versions);
        coquimbo(admin, today, versions);
    }

    private void chillanViejo(Actor admin, UUID ppf, LocalDate today, DemoVersions versions) {
        Actor gestora = jdbc.sql("select id, full_name from app_user where username = 'gestora'")
                .query((rs, n) -> new Actor(rs.getObject("id", UUID.class), "gestora", rs.getString("full_name"),
                        Role.TERRITORIAL_MANAGER, new AccessScope.Region("16")))
                .single();
        int year = today.getYear();
        Mesa mesa = setup.found(admin, CHILLAN_VIEJO, new Mesa.Settings("Mesa de Gestión de Casos de Chillán Viejo",
                LocalDate.of(year - 1, 3, 6), Frequency.MONTHLY, null, "Salón municipal de Chillán Viejo (ficticio)",
                LocalTime.of(10, 0), LocalTime.of(12, 0)));
        LocalDate founded = mesa.foundedOn();
        // Without an OPD in the circuit, the territorial manager co-leads.
        setup.join(admin, mesa.id(), MesaMember.Identity.territorialManager(gestora.userId(), gestora.displayName()),
                Participation.PERMANENT, true, founded, null);
        UUID ppfMember = setup.join(admin, mesa.id(), MesaMember.Identity.program(ppf, "PPF Crecer Chillán Viejo"),
                Participation.PERMANENT, false, founded, null).id();
        UUID school = setup.join(admin, mesa.id(), MesaMember.Identity.sector("EDUCACION",
                "Liceo Los Copihues (ficticio)"), Participation.PERMANENT, false, founded, null).id();
        setup.join(admin, mesa.id(), MesaMember.Identity.sector("SALUD", "CESFAM Santa Inés (ficticio)"),
                Participation.OCCASIONAL, false, founded, null);

        List<MesaSession> held = new ArrayList<>();
        // Last year: five sessions of the ten its frequency asked for; this year: three, the school often absent.
        for (LocalDate on : List.of(LocalDate.of(year - 1, 4, 9), LocalDate.of(year - 1, 6, 11),
                LocalDate.of(year - 1, 8, 13), LocalDate.of(year - 1, 10, 8), LocalDate.of(year - 1, 12, 10),
                LocalDate.of(year, 3, 11), LocalDate.of(year, 6, 10), LocalDate.of(year, 9, 9))) {
            // Recorded as held, on the comuna's next business day when the date is a weekend or holiday that year.
            LocalDate day = scheduling.businessDayFrom(mesa.id(), on);
            if (day.isBefore(today)) {
                MesaSession s = scheduling.recordHeld(gestora, mesa.id(), new MesaSession.Slot(day, LocalTime.of(10, 0),
                        LocalTime.of(12, 0), "Salón municipal de Chillán Viejo (ficticio)"), false);
                hold(gestora, mesa.id(), s, held.size() % 2 == 0 ? Set.of(school) : Set.of());
                held.add(s);
            }
        }
        if (held.isEmpty()) {
            return;
        }
        MesaSession first = held.get(0);
        Agreement visit = agreements.agree(gestora, mesa.id(), first.id(), null, new Agreement.Terms(
                "Coordinar con el liceo una charla sobre la Mesa", school, null, first.heldOn().plusMonths(1)));
        agreements.update(gestora, mesa.id(), visit.id(), versions.of("mesa_agreement", visit.id()), AgreementStatus.DONE, "Charla realizada con docentes.",
                first.heldOn().plusMonths(1), null);
        agreements.agree(gestora, mesa.id(), first.id(), null, new Agreement.Terms(
                "Enviar el catastro de oferta programática comunal", ppfMember, null, first.heldOn().plusMonths(2)));
        MesaSession last = held.get(held.size() - 1);
        agreements.agree(gestora, mesa.id(), last.id(), null, new Agreement.Terms(
                "Invitar al CESFAM a la próxima sesión", ppfMember, null, min(last.heldOn().plusDays(20), today.minusDays(1))));
        agreements.agree(gestora, mesa.id(), last.id(), null, new Agreement.Terms(
                "Proponer fechas para la planificación anual", school, null, min(last.heldOn().plusDays(30), today.minusDays(1))));
        outreach.record(gestora, mesa.id(), new MesaActivity.Details(ActivityKind.OUTREACH_INSTITUTIONS,
                "Presentación de la Mesa al Concejo Municipal", "Concejo Municipal", min(last.heldOn().plusDays(3),
                today), "Municipalidad de Chillán Viejo (ficticia)", 12, null, null, null));
    }

    private void coquimbo(Actor admin, LocalDate today, DemoVersions versions) {
        UUID municipality = network.createInstitution(admin, new InstitutionData("Municipalidad de Coquimbo (demo)",
                null, "Av. Varela 1112, Coquimbo", null, null)).id();
        UUID opd = program(admin, municipality, "OPD", "OPD Coquimbo");
        UUID edt = program(admin, municipality, "EDT", "EDT Coquimbo");
        Actor coordinator = new Actor(UUID.randomUUID(), "demo.opd.coquimbo", "Camila Cortés Rojas",
                Role.PROGRAM_DIRECTOR, new AccessScope.Programs(Set.of(opd)));
        int year = today.getYear();
        Mesa mesa = setup.found(admin, COQUIMBO, new Mesa.Settings("Mesa de Gestión de Casos de Coquimbo",
                LocalDate.of(2018, 5, 2), Frequency.BIWEEKLY, null, "Sala OPD Coquimbo (ficticia)",
                LocalTime.of(9, 0), LocalTime.of(11, 0)));
        LocalDate founded = mesa.foundedOn();
        UUID opdMember = setup.join(admin, mesa.id(), MesaMember.Identity.program(opd, "OPD Coquimbo"),
                Participation.PERMANENT, true, founded, null).id();
        UUID edtMember = setup.join(admin, mesa.id(), MesaMember.Identity.program(edt, "EDT Coquimbo"),
                Participation.PERMANENT, true, founded, null).id();
        UUID health = setup.join(admin, mesa.id(), MesaMember.Identity.sector("SALUD",
                "Hospital San Pablo, salud mental infanto-juvenil (ficticio)"), Participation.PERMANENT, false,
                founded, null).id();
        UUID carabineros = setup.join(admin, mesa.id(), MesaMember.Identity.sector("CARABINEROS",
                "Subcomisaría Tierras Blancas (ficticia)"), Participation.OCCASIONAL, false, founded, null).id();
        UUID education = setup.join(admin, mesa.id(), MesaMember.Identity.sector("EDUCACION",
                "Escuela Punta Mira (ficticia)"), Participation.OCCASIONAL, false, founded, null).id();

        MesaPlan plan = planning.draw(coordinator, mesa.id(), new MesaPlan.Heading(PlanPeriod.YEAR, year, null,
                "Plan anual " + year + " de la Mesa de Coquimbo"));
        PlanObjective objective = planning.addObjective(coordinator, mesa.id(), plan.id(), plan.version(),
                "Consolidar el protocolo de riesgo suicida con salud");
        String[] steps = {"Revisar el flujo de derivación con el hospital", "Capacitar a los equipos en el protocolo",
                "Evaluar el primer semestre de aplicación", "Jornada de buenas prácticas con otras comunas"};
        for (int i = 0; i < steps.length; i++) {
            LocalDate planned = LocalDate.of(year, 3 + 3 * i, 15);
            boolean done = i < 3 && planned.isBefore(today);
            long version = jdbc.sql("select version from mesa_plan where id = ?").param(plan.id()).query(Long.class).single();
            planning.addActivity(coordinator, mesa.id(), plan.id(), version, objective.id(), new PlanActivity.Details(
                    steps[i], i % 2 == 0 ? opdMember : health, null, planned, true,
                    done ? PlanActivityStatus.DONE : PlanActivityStatus.PLANNED, done ? planned.plusDays(5) : null, null));
        }

        // Every other Tuesday since the first of the year, each held; a case review every other session.
        LocalDate on = LocalDate.of(year, 1, 7);
        int n = 0;
        String[] initials = {"A.R.C.", "M.T.V.", "J.L.P.", "C.S.O.", "V.M.A.", "P.G.R.", "F.N.T."};
        CaseCriterion[] criteria = {CaseCriterion.COMPLEX_SITUATION, CaseCriterion.GOOD_PRACTICE,
                CaseCriterion.HEALTH_OR_EDUCATION, CaseCriterion.GOOD_PRACTICE, CaseCriterion.SEVERAL_PROGRAMS,
                CaseCriterion.GOOD_PRACTICE, CaseCriterion.NO_PROGRESS};
        while (scheduling.businessDayFrom(mesa.id(), on).isBefore(today)) {
            // Held on the Tuesday, or the next business day when it is a holiday.
            MesaSession s = scheduling.recordHeld(coordinator, mesa.id(), new MesaSession.Slot(
                    scheduling.businessDayFrom(mesa.id(), on), LocalTime.of(9, 0), LocalTime.of(11, 0),
                    "Sala OPD Coquimbo (ficticia)"), false);
            if (n % 3 == 0) {
                attendance.invite(coordinator, mesa.id(), s.id(), n % 2 == 0 ? carabineros : education);
            }
            hold(coordinator, mesa.id(), s, n % 7 == 3 ? Set.of(health) : Set.of());
            if (n % 2 == 0) {
                int k = (n / 2) % initials.length;
                review(coordinator, mesa.id(), s, k % 2 == 0 ? opdMember : edtMember, initials[k], criteria[k]);
            }
            if (n % 4 == 1) {
                Agreement a = agreements.agree(coordinator, mesa.id(), s.id(), null, new Agreement.Terms(
                        "Coordinar la atención conjunta con salud mental", health, null, s.heldOn().plusDays(14)));
                if (s.heldOn().plusDays(14).isBefore(today)) {
                    agreements.update(coordinator, mesa.id(), a.id(), versions.of("mesa_agreement", a.id()),
                            AgreementStatus.DONE, "Atención conjunta coordinada.", s.heldOn().plusDays(12), null);
                }
            }
            on = on.plusWeeks(2);
            n++;
        }
        Map<ActivityKind, String> activities = new EnumMap<>(ActivityKind.class);
        activities.put(ActivityKind.OUTREACH_COMMUNITY, "Feria de derechos de la infancia en Tierras Blancas");
        activities.put(ActivityKind.OUTREACH_INSTITUTIONS, "Presentación de la Mesa a los directores de escuelas");
        activities.put(ActivityKind.TRAINING_GUEST, "Capacitación en el protocolo de riesgo suicida");
        activities.put(ActivityKind.SELF_TRAINING, "Autocapacitación en entrevista a niños pequeños");
        int month = 2;
        for (Map.Entry<ActivityKind, String> a : activities.entrySet()) {
            LocalDate held = min(LocalDate.of(year, month, 20), today);
            outreach.record(coordinator, mesa.id(), new MesaActivity.Details(a.getKey(), a.getValue(), null, held,
                    "Coquimbo", 25, null, opdMember, null));
            month += 2;
        }
    }

    private void hold(Actor actor, UUID mesaId, MesaSession session, Set<UUID> absent) {
        List<SessionAttendance.Mark> marks = new ArrayList<>();
        attendance.sheet(actor, mesaId, session.id()).lines().forEach(l -> marks.add(new SessionAttendance.Mark(
                l.memberId(), l.representativeId(), absent.contains(l.memberId()) ? AttendanceStatus.ABSENT
                : AttendanceStatus.PRESENT)));
        attendance.record(actor, mesaId, session.id(), session.version(), marks, Set.of());
    }

    private void review(Actor actor, UUID mesaId, MesaSession session, UUID presenting, String initials,
                        CaseCriterion criterion) {
        Map<UUID, String> answers = new HashMap<>();
        answers.put(BACKGROUND, "Situación familiar compleja; medida de protección vigente (caso ficticio).");
        answers.put(INTERVENTIONS, "Intervención psicosocial semanal y coordinación con la escuela.");
        answers.put(KNOTS, criterion == CaseCriterion.GOOD_PRACTICE
                ? "Clave: la coordinación temprana con salud mental y la escuela."
                : "Dificultad para sostener la asistencia a salud mental.");
        answers.put(QUESTION, "¿Qué otros apoyos de la red podemos activar?");
        reviewing.present(actor, mesaId, session.id(), new CaseReviewing.ReviewDraft(null,
                new CaseReviewing.CaseDraft(presenting, null, initials, 9, CaseSex.MALE), criterion, answers,
                "La Mesa acuerda seguir el caso en la próxima sesión.", List.of()));
    }

    private UUID program(Actor admin, UUID institution, String modality, String name) {
        return network.createProgram(admin, institution, new ProgramData(modality, name, null, COQUIMBO,
                "Dirección de demostración", null, name.toLowerCase().replaceAll("[^a-z]+", ".") + "@demo.circuito.cl",
                0, false, true)).id();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
