package cl.circuito.demo;

import cl.circuito.mesas.ActivityKind;
import cl.circuito.mesas.agreements.Agreement;
import cl.circuito.mesas.agreements.AgreementStatus;
import cl.circuito.mesas.sessions.AgendaItem;
import cl.circuito.mesas.sessions.AgendaItemKind;
import cl.circuito.mesas.sessions.AttendanceStatus;
import cl.circuito.mesas.CaseCriterion;
import cl.circuito.mesas.cases.CaseFormats;
import cl.circuito.mesas.cases.CaseReview;
import cl.circuito.mesas.cases.CaseReviewing;
import cl.circuito.mesas.cases.CaseSex;
import cl.circuito.mesas.Frequency;
import cl.circuito.mesas.MemberKind;
import cl.circuito.mesas.mesa.Mesa;
import cl.circuito.mesas.plan.MesaActivity;
import cl.circuito.mesas.agreements.MesaAgreements;
import cl.circuito.mesas.mesa.MesaMember;
import cl.circuito.mesas.minutes.MinutesViews;
import cl.circuito.mesas.sessions.MesaMinutes;
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
import cl.circuito.mesas.cases.PresentationSection;
import cl.circuito.mesas.mesa.Representative;
import cl.circuito.mesas.sessions.SessionAttendance;
import cl.circuito.mesas.sessions.SessionPlanning;
import cl.circuito.shared.security.Actor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.HashMap;

/**
 * The demo Mesa de Gestión de Casos of Chillán: founded years ago, co-facilitated by the OPD and the EDT, with
 * a year of monthly sessions — attendance, minutes approved at the following session, agreements in every
 * state (some overdue), a case review each session (one of them a good practice) — its plan, its outreach and
 * training, and the next two sessions scheduled. The last session's minutes wait for approval at the next.
 * Everything is fictional.
 */
@Component
@ConditionalOnProperty(name = "circuito.demo-data.enabled", havingValue = "true")
class DemoMesas {

    private static final String[] INITIALS = {"C.A.M.", "J.P.R.", "V.S.L.", "M.F.T.", "B.G.O.", "T.R.C.", "A.N.P.",
            "F.L.S.", "D.M.V.", "I.C.R.", "S.P.A.", "L.O.G."};
    private static final CaseCriterion[] CRITERIA = {CaseCriterion.COMPLEX_SITUATION, CaseCriterion.SEVERAL_PROGRAMS,
            CaseCriterion.HEALTH_OR_EDUCATION, CaseCriterion.NO_PROGRESS, CaseCriterion.GOOD_PRACTICE};

    private final MesaSetup setup;
    private final MesaPlanning planning;
    private final MesaOutreach outreach;
    private final SessionPlanning sessions;
    private final SessionAttendance attendance;
    private final MesaMinutes minutes;
    private final MinutesViews minutesViews;
    private final MesaAgreements agreements;
    private final CaseReviewing reviewing;
    private final CaseFormats formats;
    private final JdbcClient jdbc;
    private final EntityManager entityManager;
    private final DemoVersions versions;

    DemoMesas(JdbcClient jdbc, EntityManager entityManager, MesaSetup setup, MesaPlanning planning, MesaOutreach outreach, SessionPlanning sessions,
              SessionAttendance attendance, MesaMinutes minutes, MinutesViews minutesViews, MesaAgreements agreements,
              CaseReviewing reviewing, CaseFormats formats) {
        this.setup = setup;
        this.planning = planning;
        this.outreach = outreach;
        this.sessions = sessions;
        this.attendance = attendance;
        this.minutes = minutes;
        this.minutesViews = minutesViews;
        this.agreements = agreements;
        this.reviewing = reviewing;
        this.formats = formats;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.versions = new DemoVersions(entityManager, jdbc);
    }

    /** {@code admin} founds it; {@code opd} (the OPD's coordinator) runs it; the ids are the demo network's. */
    void load(Actor admin, Actor opd, DemoNetwork.Ids ids, LocalDate today) {
        Mesa mesa = setup.found(admin, DemoNetwork.CHILLAN, new Mesa.Settings(
                "Mesa de Gestión de Casos de Chillán", LocalDate.of(2019, 4, 9), Frequency.MONTHLY, null,
                "Sala de reuniones OPD Chillán, 18 de Septiembre 510", LocalTime.of(9, 30), LocalTime.of(12, 30)));
        UUID mesaId = mesa.id();
        LocalDate founded = mesa.foundedOn();
        // The comuna's OPD and EDT co-facilitate, as the founding form proposes by default.
        UUID opdMember = coFacilitator(admin, mesaId, ids.opd(), "OPD Chillán", founded, "Olga Orellana Muñoz",
                "Coordinadora OPD");
        UUID edtMember = coFacilitator(admin, mesaId, ids.edt(), "EDT Chillán", founded, "Esteban Escobar Vidal",
                "Dupla psicosocial EDT");
        UUID prm = member(admin, mesaId, MemberKind.PROGRAM, ids.prm(), null, "PRM Crecer Chillán",
                Participation.PERMANENT, founded, "Daniela Díaz Fuentes", "Directora");
        UUID ppf = member(admin, mesaId, MemberKind.PROGRAM, ids.ppf(), null, "PPF Crecer Chillán Viejo",
                Participation.PERMANENT, founded.plusYears(1), "Pedro Pérez Soto", "Director");
        UUID carabineros = member(admin, mesaId, MemberKind.SECTOR, null, "CARABINEROS",
                "2ª Comisaría de Chillán (ficticia)", Participation.OCCASIONAL, founded, "Sgto. Marco Muñoz",
                "Oficina de Integración Comunitaria");
        UUID health = member(admin, mesaId, MemberKind.SECTOR, null, "SALUD", "CESFAM Los Volcanes (ficticio)",
                Participation.OCCASIONAL, founded, "Carla Contreras Ibáñez", "Psicóloga, salud mental infanto-juvenil");
        UUID education = member(admin, mesaId, MemberKind.SECTOR, null, "EDUCACION", "DAEM Chillán (ficticio)",
                Participation.OCCASIONAL, founded.plusMonths(6), "Rodrigo Riquelme Soto", "Encargado de convivencia escolar");
        UUID senda = member(admin, mesaId, MemberKind.SECTOR, null, "SENDA", "SENDA Previene Chillán (ficticio)",
                Participation.OCCASIONAL, founded.plusYears(2), "Javiera Jara Núñez", "Coordinadora comunal");
        List<UUID> responsibles = List.of(opdMember, edtMember, prm, ppf, health, education, senda, carabineros);

        plan(opd, mesaId, today.getYear(), opdMember, edtMember, prm, health, today);
        activities(opd, mesaId, today, opdMember, edtMember, education, health);

        // A year of monthly sessions (second Tuesday, or the next business day when that is a holiday), recorded
        // as held, then the next two scheduled: numbered by date, none on a holiday or weekend.
        LocalDate first = secondTuesday(today.minusMonths(12).withDayOfMonth(1));
        List<MesaSession> held = new ArrayList<>();
        List<LocalDate> upcoming = new ArrayList<>();
        for (LocalDate d = first; held.size() + upcoming.size() < 14; d = Frequency.MONTHLY.after(d, null)) {
            LocalDate on = sessions.businessDayFrom(mesaId, d);
            if (on.isBefore(today)) {
                held.add(sessions.recordHeld(opd, mesaId, new MesaSession.Slot(on, mesa.usualStartsAt(),
                        mesa.usualEndsAt(), mesa.usualPlace()), false));
            } else {
                upcoming.add(on);
            }
        }
        sessions.scheduleAtUsual(opd, mesaId, upcoming, false);
        List<UUID> openAgreements = new ArrayList<>();
        UUID followedCase = null;
        for (int i = 0; i < held.size(); i++) {
            MesaSession session = held.get(i);
            takeAttendance(opd, mesaId, session.id(), i);
            if (i > 0) {
                minutes.approvePrevious(opd, mesaId, session.id(),
                        versions.of("mesa_session", held.get(i - 1).id()),
                        "Integrantes presentes en la sesión N° " + session.number() + ", por consenso",
                        i % 4 == 2 ? "Se corrige la fecha del taller con el DAEM." : null);
            }
            reviewAgreements(opd, mesaId, session, openAgreements, i, i == held.size() - 1);
            writeMinutes(opd, mesaId, session.id(), i);
            for (int k = 0; k < 2; k++) {
                UUID responsible = responsibles.get((i * 2 + k) % responsibles.size());
                Agreement agreement = agreements.agree(opd, mesaId, session.id(),
                        item(opd, mesaId, session.id(), k == 0 ? AgendaItemKind.FLOWS : AgendaItemKind.CHILDREN_TOPICS),
                        new Agreement.Terms(AGREEMENTS[(i * 2 + k) % AGREEMENTS.length], responsible, null,
                                session.heldOn().plusDays(21 + 7L * k)));
                openAgreements.add(agreement.id());
            }
            followedCase = review(opd, mesaId, session, i, prm, ppf, health, education, followedCase);
            // The strategies agreed in the case review are agreements too, reviewed at the next sessions
            // (flushed first: they were saved through JPA, the query below is plain SQL).
            entityManager.flush();
            openAgreements.addAll(jdbc.sql("""
                            select a.id from mesa_agreement a where a.session_id = :session and a.case_review_id is not null""")
                    .param("session", session.id()).query(UUID.class).list());
            minutes.circulate(opd, mesaId, session.id(), minutesViews.minutes(opd, mesaId, session.id()).session().version());
        }
    }

    private static final String[] AGREEMENTS = {
            "Enviar a la Mesa el flujograma de derivación actualizado del circuito 24 Horas.",
            "Coordinar con el CESFAM una hora de evaluación de salud mental para los casos priorizados.",
            "Solicitar al DAEM un encargado de convivencia escolar como contraparte de la Mesa.",
            "Actualizar el directorio de contactos de los integrantes de la Mesa.",
            "Presentar en la próxima sesión el análisis de la lista de espera del PRM.",
            "Revisar con Carabineros el listado PSI 24 Horas del mes y los casos sin contacto.",
            "Preparar la jornada de autocapacitación sobre enfoque de derechos.",
            "Elaborar una propuesta de protocolo de abordaje de riesgo suicida con salud.",
            "Informar a la Mesa el estado de los cupos disponibles en el PPF.",
            "Invitar a SENDA Previene a exponer la oferta comunal de tratamiento."};

    private static final String[][] CLOSINGS = {
            {"DONE", "Se envió por correo a todos los integrantes."},
            {"IN_PROGRESS", "Se avanzó en la coordinación; falta confirmar fecha."},
            {"DONE", "Cumplido: se informó en la sesión."},
            {"NOT_POSSIBLE", "El CESFAM cambió su oferta de horas; se replantea en la planificación."},
            {"KEEP", "Sigue pendiente: el responsable informa avances."},
            {"NOT_DONE", "El responsable no pudo cumplirlo en el plazo y se reformula."},
            {"CANCELLED", "Se anula: quedó cubierto por el acuerdo de la sesión anterior."}};

    private void reviewAgreements(Actor opd, UUID mesaId, MesaSession session, List<UUID> open, int i, boolean last) {
        List<UUID> still = new ArrayList<>();
        int n = 0;
        for (UUID id : open) {
            int reviews = timesReviewed.merge(id, 1, Integer::sum);
            // At the last session two stay pending past their due date: the overdue ones the next session reviews.
            String[] outcome = last && n < 2 ? PENDING : reviews >= 3 ? LATE : CLOSINGS[(i + n) % CLOSINGS.length];
            n++;
            AgreementStatus status = "KEEP".equals(outcome[0]) ? null : AgreementStatus.valueOf(outcome[0]);
            AgreementStatus current = statuses.getOrDefault(id, AgreementStatus.OPEN);
            // Kept as it is (or in progress again): the review is recorded at this session with its note.
            agreements.update(opd, mesaId, id, versions.of("mesa_agreement", id), status == null ? current : status,
                    outcome[1], null, session.id());
            AgreementStatus now = status == null ? current : status;
            statuses.put(id, now);
            if (!now.isClosed()) {
                still.add(id);
            }
        }
        open.clear();
        open.addAll(still);
    }

    /** An agreement carried for three sessions is closed late, so the demo's overdue ones are the recent few. */
    private static final String[] PENDING = {"KEEP", "Sigue pendiente: el responsable pide más plazo."};
    private static final String[] LATE = {"DONE", "Cumplido con retraso; se informa en la sesión."};
    private final Map<UUID, Integer> timesReviewed = new HashMap<>();
    private final Map<UUID, AgreementStatus> statuses = new HashMap<>();

    private void takeAttendance(Actor opd, UUID mesaId, UUID sessionId, int i) {
        SessionAttendance.Sheet sheet = attendance.sheet(opd, mesaId, sessionId);
        List<SessionAttendance.Mark> marks = new ArrayList<>();
        int n = 0;
        for (SessionAttendance.Line line : sheet.lines()) {
            AttendanceStatus status;
            int k = (i + n++) % 9;
            if (line.participation() == Participation.OCCASIONAL) {
                status = k < 4 ? AttendanceStatus.PRESENT : k < 6 ? AttendanceStatus.APOLOGIES : AttendanceStatus.ABSENT;
            } else {
                status = k == 3 ? AttendanceStatus.APOLOGIES : k == 7 ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT;
            }
            marks.add(new SessionAttendance.Mark(line.memberId(), line.representativeId(), status));
        }
        attendance.record(opd, mesaId, sessionId, versions.of("mesa_session", sessionId), marks, Set.of());
    }

    private void writeMinutes(Actor opd, UUID mesaId, UUID sessionId, int i) {
        Map<AgendaItemKind, String[]> texts = new LinkedHashMap<>();
        texts.put(AgendaItemKind.WELCOME, new String[]{"La OPD da la bienvenida y se presentan los asistentes.", null});
        texts.put(AgendaItemKind.PREVIOUS_MINUTES, new String[]{"Se da lectura al acta de la sesión anterior.",
                "Se aprueba el acta anterior."});
        texts.put(AgendaItemKind.AGREEMENTS, new String[]{"Se revisan los acuerdos pendientes uno a uno.", null});
        texts.put(AgendaItemKind.FLOWS, new String[]{
                "Se revisan los flujos de derivación, los ingresos y las listas de espera de los programas. "
                        + "El PRM informa su lista de espera y los plazos de determinación.",
                "Priorizar la coordinación con el tribunal en los casos con plazo vencido."});
        texts.put(AgendaItemKind.CASE_REVIEWS, new String[]{"Se presenta un caso según la pauta de la Mesa.",
                "Las estrategias acordadas quedan como acuerdos."});
        texts.put(AgendaItemKind.OTHER_BUSINESS, new String[]{i % 3 == 0
                ? "SENDA Previene informa la apertura de un taller para familias." : "Sin temas varios.", null});
        for (Map.Entry<AgendaItemKind, String[]> e : texts.entrySet()) {
            MinutesViews.Minutes current = minutesViews.minutes(opd, mesaId, sessionId);
            current.session().itemOfKind(e.getKey()).ifPresent(item -> minutes.write(opd, mesaId, sessionId,
                    current.session().version(), item.id(), e.getValue()[0], e.getValue()[1]));
        }
    }

    private UUID item(Actor opd, UUID mesaId, UUID sessionId, AgendaItemKind kind) {
        return minutesViews.minutes(opd, mesaId, sessionId).session().itemOfKind(kind).map(AgendaItem::id).orElse(null);
    }

    private UUID review(Actor opd, UUID mesaId, MesaSession session, int i, UUID prm, UUID ppf, UUID health,
                        UUID education, UUID followed) {
        CaseCriterion criterion = CRITERIA[i % CRITERIA.length];
        List<PresentationSection> sections = formats.choice(opd, mesaId).chosen().sections();
        Map<UUID, String> answers = new LinkedHashMap<>();
        String[] texts = criterion == CaseCriterion.GOOD_PRACTICE ? GOOD_PRACTICE : COMPLEX;
        for (int s = 0; s < sections.size(); s++) {
            answers.put(sections.get(s).id(), texts[Math.min(s, texts.length - 1)]);
        }
        boolean followUp = followed != null && i % 4 == 1;
        UUID presenting = i % 2 == 0 ? prm : ppf;
        CaseReview review = reviewing.present(opd, mesaId, session.id(), new CaseReviewing.ReviewDraft(
                followUp ? followed : null,
                followUp ? null : new CaseReviewing.CaseDraft(presenting, null, INITIALS[i % INITIALS.length],
                        9 + i % 8, i % 2 == 0 ? CaseSex.FEMALE : CaseSex.MALE),
                criterion, answers,
                criterion == CaseCriterion.GOOD_PRACTICE
                        ? "La Mesa reconoce el trabajo conjunto con la escuela como factor clave."
                        : "Se comparten miradas de salud y educación; se evita duplicar intervenciones.",
                List.of(new CaseReviewing.Strategy(criterion == CaseCriterion.GOOD_PRACTICE
                                ? "Sistematizar la experiencia y compartirla en la jornada de autocapacitación."
                                : "Designar un profesional de referencia y una visita conjunta con salud.",
                        i % 2 == 0 ? health : education, null, session.heldOn().plusDays(30)))));
        return followUp ? followed : review.caseId();
    }

    private static final String[] COMPLEX = {
            "Adolescente derivado por Carabineros (PSI 24 Horas) por conductas transgresoras; familia monoparental.",
            "Intervención del programa desde hace 8 meses; visitas domiciliarias y coordinación con la escuela.",
            "PRM, PDE y CESFAM (salud mental).",
            "Inasistencia escolar y consumo problemático; la familia se siente sobreintervenida.",
            "¿Cómo ordenar la intervención entre los programas para no sobreintervenir a la familia?"};
    private static final String[] GOOD_PRACTICE = {
            "Niña derivada por el tribunal; vuelve a clases tras un año de inasistencia.",
            "Trabajo conjunto del programa, la escuela y el CESFAM con un plan único.",
            "PPF, escuela y CESFAM.",
            "La rotación de profesionales casi interrumpe el proceso.",
            "¿Qué factores del trabajo conjunto podemos replicar en otros casos?"};

    private void plan(Actor opd, UUID mesaId, int year, UUID opdMember, UUID edtMember, UUID prm, UUID health,
                      LocalDate today) {
        MesaPlan plan = planning.draw(opd, mesaId, new MesaPlan.Heading(PlanPeriod.YEAR, year, null,
                "Planificación anual " + year));
        long version = plan.version();
        String[] objectives = {"Fortalecer la coordinación de los casos compartidos entre programas",
                "Vincular estratégicamente a la Mesa con salud y educación",
                "Difundir el circuito 24 Horas en la comuna"};
        Object[][] activities = {
                {0, "Análisis de caso en cada sesión, incluidas buenas prácticas", edtMember, 2, PlanActivityStatus.IN_PROGRESS},
                {0, "Actualizar el flujograma de derivación", opdMember, 3, PlanActivityStatus.DONE},
                {1, "Elaborar protocolo de abordaje de riesgo suicida con el CESFAM", health, 6, PlanActivityStatus.IN_PROGRESS},
                {1, "Invitar al DAEM a una sesión de la Mesa", opdMember, 4, PlanActivityStatus.DONE},
                {2, "Jornada de difusión con juntas de vecinos", edtMember, 9, PlanActivityStatus.DONE},
                {2, "Presentar la Mesa en el Consejo Comunal de Infancia", prm, 11, PlanActivityStatus.PLANNED}};
        List<UUID> objectiveIds = new ArrayList<>();
        for (String text : objectives) {
            PlanObjective objective = planning.addObjective(opd, mesaId, plan.id(), version, text);
            objectiveIds.add(objective.id());
            version = planning.plan(opd, mesaId, plan.id()).version();
        }
        for (Object[] a : activities) {
            LocalDate when = LocalDate.of(year, (Integer) a[3], 1);
            PlanActivityStatus status = (PlanActivityStatus) a[4];
            planning.addActivity(opd, mesaId, plan.id(), version, objectiveIds.get((Integer) a[0]),
                    new PlanActivity.Details((String) a[1], (UUID) a[2], null, when, true, status,
                            status == PlanActivityStatus.DONE ? when.plusDays(14).isAfter(today) ? today : when.plusDays(14) : null,
                            null));
            version = planning.plan(opd, mesaId, plan.id()).version();
        }
    }

    private void activities(Actor opd, UUID mesaId, LocalDate today, UUID opdMember, UUID edtMember, UUID education,
                            UUID health) {
        outreach.record(opd, mesaId, new MesaActivity.Details(ActivityKind.OUTREACH_COMMUNITY,
                "Difusión del circuito 24 Horas en juntas de vecinos", "Dirigentes vecinales del sector oriente",
                today.minusMonths(3), "Sede Junta de Vecinos Villa Los Volcanes", 24,
                "Dirigentes vecinales y monitores comunitarios", edtMember, "Se presentan la Mesa y la forma de derivar."));
        outreach.record(opd, mesaId, new MesaActivity.Details(ActivityKind.OUTREACH_INSTITUTIONS,
                "Presentación de la Mesa a directores de escuelas", "Directores y encargados de convivencia",
                today.minusMonths(6), "DAEM Chillán", 18, "Directores de 12 establecimientos municipales", education,
                null));
        outreach.record(opd, mesaId, new MesaActivity.Details(ActivityKind.TRAINING_GUEST,
                "Capacitación en detección de riesgo suicida", "Integrantes de la Mesa", today.minusMonths(2),
                "CESFAM Los Volcanes", 15, "Profesionales de los programas y del CESFAM", health,
                "Dictada por el equipo de salud mental del CESFAM."));
        outreach.record(opd, mesaId, new MesaActivity.Details(ActivityKind.SELF_TRAINING,
                "Autocapacitación: enfoque de derechos en el análisis de casos", "Integrantes de la Mesa",
                today.minusMonths(8), "OPD Chillán", 12, "Integrantes permanentes", opdMember, null));
    }

    private UUID coFacilitator(Actor admin, UUID mesaId, UUID programId, String name, LocalDate joined, String person,
                               String position) {
        MesaMember member = setup.addMember(admin, mesaId, new MesaSetup.NewMember(MemberKind.PROGRAM, programId, null,
                null, null, name, Participation.PERMANENT, true, joined, null));
        representative(admin, mesaId, member.id(), person, position, joined);
        return member.id();
    }

    private UUID member(Actor admin, UUID mesaId, MemberKind kind, UUID programId, String sector, String name,
                        Participation participation, LocalDate joined, String person, String position) {
        MesaMember member = setup.addMember(admin, mesaId, new MesaSetup.NewMember(kind, programId, null, sector, null,
                name, participation, false, joined, null));
        representative(admin, mesaId, member.id(), person, position, joined);
        return member.id();
    }

    private void representative(Actor admin, UUID mesaId, UUID memberId, String name, String position, LocalDate since) {
        String email = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase().replaceAll("[^a-z ]", "").trim().replace(' ', '.') + "@demo.circuito.cl";
        setup.addRepresentative(admin, mesaId, memberId, new Representative.Contact(name, position, email, null), since);
    }

    private static LocalDate secondTuesday(LocalDate firstOfMonth) {
        return firstOfMonth.with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(2, java.time.DayOfWeek.TUESDAY));
    }
}
