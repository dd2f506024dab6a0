package cl.circuito.demo;

import cl.circuito.identity.User;
import cl.circuito.identity.UserAdministration;
import cl.circuito.shared.security.AccessScope;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.waitinglist.entry.BackgroundActionKind;
import cl.circuito.waitinglist.entry.BackgroundGathering;
import cl.circuito.waitinglist.entry.EntryDecisions;
import cl.circuito.waitinglist.ExitReason;
import cl.circuito.waitinglist.entry.ReferralIntake;
import cl.circuito.waitinglist.entry.FamilyContact;
import cl.circuito.waitinglist.entry.ReferralRequest;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Loads the fictional demo data into an empty database, through the same services users go through,
 * so every entry has its deadline, timeline and audit trail. Then prints where to log in.
 */
@Component
@ConditionalOnProperty(name = "circuito.demo-data.enabled", havingValue = "true")
class DemoData {

    static final String PASSWORD = "circuito-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final JdbcClient jdbc;
    private final DemoVersions versions;
    private final DemoNetwork network;
    private final UserAdministration users;
    private final ReferralIntake intake;
    private final EntryDecisions decisions;
    private final BackgroundGathering gathering;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Environment environment;
    private final DemoRanking ranking;
    private final DemoSenainfo senainfo;
    private final DemoMonitoring monitoring;
    private final DemoAdmissions admissions;
    private final DemoPriority priority;
    private final DemoLetters letters;
    private final DemoMesas mesas;
    private final DemoImplementation implementation;
    private final DemoReflections reflections;
    private final DemoNetworkMap networkMap;
    private UUID courtId;
    private Actor prmDirector;
    private UUID prmId;

    DemoData(JdbcClient jdbc, EntityManager entityManager, DemoNetwork network, UserAdministration users, ReferralIntake intake,
             EntryDecisions decisions, BackgroundGathering gathering, TransactionTemplate transactions, Clock clock,
             Environment environment, DemoPriority priority, DemoRanking ranking, DemoSenainfo senainfo,
             DemoMonitoring monitoring,
             DemoAdmissions admissions, DemoLetters letters, DemoMesas mesas, DemoImplementation implementation,
             DemoReflections reflections, DemoNetworkMap networkMap) {
        this.mesas = mesas;
        this.implementation = implementation;
        this.reflections = reflections;
        this.networkMap = networkMap;
        this.letters = letters;
        this.admissions = admissions;
        this.jdbc = jdbc;
        this.versions = new DemoVersions(entityManager, jdbc);
        this.network = network;
        this.users = users;
        this.intake = intake;
        this.decisions = decisions;
        this.gathering = gathering;
        this.transactions = transactions;
        this.clock = clock;
        this.environment = environment;
        this.ranking = ranking;
        this.senainfo = senainfo;
        this.monitoring = monitoring;
        this.priority = priority;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadAndGreet() {
        boolean empty = jdbc.sql("select count(*) from app_user").query(Long.class).single() == 0;
        if (empty) {
            log.info("Loading fictional demo data…");
            transactions.executeWithoutResult(status -> load());
            issueLetters();
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        log.info("""

                ============================================================
                 Circuito está listo: http://localhost:{}/
                 Usuarios de demostración (contraseña: {}):
                   admin              Administrador(a)
                   nacional           Equipo nacional
                   gestora            Gestora territorial (Ñuble)
                   directora.prm      Directora del PRM Crecer Chillán
                   director.ppf       Director del PPF Crecer Chillán Viejo
                   profesional.prm    Profesional del PRM
                   lectura            Solo lectura (PRM)
                   coordinadora.opd   Co-facilitadora de la Mesa de Chillán (OPD)
                   dupla.edt          Co-facilitador de la Mesa de Chillán (EDT)
                ============================================================""", port, PASSWORD);
    }

    void load() {
        Actor root = new Actor(UUID.randomUUID(), "sistema", "Carga de demostración", Role.ADMIN,
                new AccessScope.Nothing());
        DemoNetwork.Ids ids = network.create(root);
        user(root, "admin", "Alicia Administradora", "Administradora del sistema", Role.ADMIN, null, Set.of());
        user(root, "nacional", "Nicolás Navarro", "Equipo nacional Programa 24 Horas", Role.NATIONAL_TEAM, null, Set.of());
        user(root, "gestora", "Gabriela Gómez", "Gestora territorial Ñuble", Role.TERRITORIAL_MANAGER, "16", Set.of());
        User prmDirector = user(root, "directora.prm", "Daniela Díaz Fuentes", "Directora PRM Crecer Chillán",
                Role.PROGRAM_DIRECTOR, null, Set.of(ids.prm(), ids.formerPrm()));
        User ppfDirector = user(root, "director.ppf", "Pedro Pérez Soto", "Director PPF Crecer Chillán Viejo",
                Role.PROGRAM_DIRECTOR, null, Set.of(ids.ppf()));
        User professional = user(root, "profesional.prm", "Paula Peña Rojas", "Trabajadora social PRM",
                Role.PROGRAM_PROFESSIONAL, null, Set.of(ids.prm()));
        user(root, "lectura", "Luis Lagos", "Supervisor técnico", Role.READ_ONLY, null, Set.of(ids.prm()));
        User opdCoordinator = user(root, "coordinadora.opd", "Olga Orellana Muñoz", "Coordinadora OPD Chillán",
                Role.PROGRAM_DIRECTOR, null, Set.of(ids.opd()));
        user(root, "dupla.edt", "Esteban Escobar Vidal", "Dupla psicosocial EDT Chillán", Role.PROGRAM_PROFESSIONAL,
                null, Set.of(ids.edt()));
        network.appointDirector(root, ids.prm(), prmDirector.id());
        network.appointDirector(root, ids.ppf(), ppfDirector.id());

        Actor prm = actor(prmDirector, ids.prm());
        Actor ppf = actor(ppfDirector, ids.ppf());
        Actor prmProfessional = actor(professional, ids.prm());
        courtId = ids.court();
        this.prmDirector = prm;
        this.prmId = ids.prm();
        LocalDate today = LocalDate.now(clock);
        DemoChildren children = new DemoChildren(today);
        List<UUID> referrers = List.of(ids.court(), ids.court(), ids.opdReferrer(), ids.carabineros(), ids.school(),
                ids.health(), ids.court(), ids.other());

        // PRM: pending decisions with deadlines past, near and ahead.
        int[] pendingDaysAgo = {1, 2, 4, 6, 8, 9, 11, 13, 15, 17, 20, 23, 26, 29};
        for (int i = 0; i < pendingDaysAgo.length; i++) {
            LocalDate received = today.minusDays(pendingDaysAgo[i]);
            UUID entry = refer(prm, ids.prm(), children.next(), referrers.get(i % referrers.size()), received,
                    i % 3 != 0);
            if (i % 2 == 0) {
                gathering.recordAction(prmProfessional, entry, BackgroundActionKind.JUDICIAL_PLATFORM_REVIEW,
                        received, null, "Se revisa la causa en la Oficina Judicial Virtual.");
            }
            if (i % 4 == 1) {
                gathering.recordAction(prm, entry, BackgroundActionKind.THIRD_PARTY_REQUEST, received,
                        professional.id(), "Se solicita informe al establecimiento educacional.");
            }
        }
        // PRM: eligible children waiting for a place.
        List<DemoPriority.Eligible> prmWaiting = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            LocalDate received = today.minusDays(35 + i * 9L);
            UUID entry = refer(prm, ids.prm(), children.next(), referrers.get(i % referrers.size()), received,
                    true);
            gathering.recordAction(prmProfessional, entry, BackgroundActionKind.HOME_VISIT, received.plusDays(3),
                    null, "Visita domiciliaria: adulto responsable colabora.");
            decisions.declareEligible(prm, entry, versions.entry(entry), received.plusDays(7),
                    "Cumple el perfil del programa.");
            prmWaiting.add(new DemoPriority.Eligible(entry, received.plusDays(7)));
        }
        // PRM: not eligible, naming the more pertinent program.
        UUID notEligible = refer(prm, ids.prm(), children.next(), ids.school(), today.minusDays(40), true);
        decisions.declareNotEligible(prm, notEligible, versions.entry(notEligible), today.minusDays(33),
                "No hay antecedentes de maltrato grave; corresponde intervención preventiva.", ids.ppf(), null);
        UUID notEligible2 = refer(prm, ids.prm(), children.next(), ids.health(), today.minusDays(25), true);
        decisions.declareNotEligible(prm, notEligible2, versions.entry(notEligible2), today.minusDays(20),
                "Requiere atención de salud mental.", null, "Programa de Salud Mental Infanto-Juvenil, Hospital de Chillán");
        // PRM: every other way of leaving the list.
        ExitReason[] exits = ExitReason.otherExits();
        for (int i = 0; i < exits.length; i++) {
            LocalDate received = today.minusDays(60 + i * 5L);
            DemoChildren.Child child = exits[i] == ExitReason.TURNED_18
                    ? children.next().turning18On(received.plusDays(10)) : children.next();
            UUID entry = refer(prm, ids.prm(), child, ids.court(), received, true);
            if (i % 2 == 0) {
                decisions.declareEligible(prm, entry, versions.entry(entry), received.plusDays(5), null);
            }
            decisions.exit(prm, entry, versions.entry(entry), exits[i], received.plusDays(20), exitNote(exits[i]));
        }

        // The PRM's previous agreement, ended: the children who left its list wait for the director's act of disposal
        // on its retention page (Ley 21.719), and her day page says so.
        Actor formerPrm = actor(prmDirector, ids.formerPrm());
        ExitReason[] formerExits = {ExitReason.REFERRED_ELSEWHERE, ExitReason.WITHDRAWN, ExitReason.FAMILY_MOVED};
        for (int i = 0; i < formerExits.length; i++) {
            LocalDate received = today.minusDays(300 + i * 20L);
            UUID entry = refer(formerPrm, ids.formerPrm(), children.next(), ids.court(), received, true);
            decisions.exit(formerPrm, entry, versions.entry(entry), formerExits[i], received.plusDays(25),
                    exitNote(formerExits[i]));
        }
        network.appointDirector(root, ids.formerPrm(), prmDirector.id());
        network.end(root, ids.formerPrm());

        // PPF (no support professional): pending and waiting, one child also in the PRM.
        DemoChildren.Child shared = children.next();
        refer(prm, ids.prm(), shared, ids.court(), today.minusDays(3), true);
        refer(ppf, ids.ppf(), shared, ids.opdReferrer(), today.minusDays(5), false);
        int[] ppfDaysAgo = {2, 7, 12, 16, 19, 24, 28};
        for (int i = 0; i < ppfDaysAgo.length; i++) {
            refer(ppf, ids.ppf(), children.next(), referrers.get((i + 2) % referrers.size()),
                    today.minusDays(ppfDaysAgo[i]), i % 2 == 0);
        }
        List<DemoPriority.Eligible> ppfWaiting = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            LocalDate received = today.minusDays(45 + i * 11L);
            UUID entry = refer(ppf, ids.ppf(), children.next(), ids.opdReferrer(), received, true);
            decisions.declareEligible(ppf, entry, versions.entry(entry), received.plusDays(6), null);
            ppfWaiting.add(new DemoPriority.Eligible(entry, received.plusDays(6)));
        }
        UUID withdrawn = refer(ppf, ids.ppf(), children.next(), ids.school(), today.minusDays(50), true);
        decisions.exit(ppf, withdrawn, versions.entry(withdrawn), ExitReason.WITHDRAWN, today.minusDays(30),
                "La familia desiste por escrito de la derivación.");

        // The priority guide on every waiting child (PRM with one override).
        priority.assessWaiting(prm, prmWaiting, true, versions);
        priority.assessWaiting(ppf, ppfWaiting, false, versions);
        monitoring.load(prm, prmProfessional, ids.prm(), ppf, ids.ppf(), versions);
        admissions.load(prm, ids.prm(), ppf, ids.ppf(), children, today, versions);
        // After the month's admissions: a manual place belongs to the children still waiting.
        ranking.load(prm, ids.prm());
        senainfo.load(prm, ids.prm(), today, versions);
        senainfo.load(ppf, ids.ppf(), today, versions);
        // The comuna's Mesa de Gestión de Casos, run by the OPD's coordinator.
        mesas.load(root, actor(opdCoordinator, ids.opd()), ids, today);
        implementation.load(root, ids.ppf(), today, versions);
        reflections.load(actor(opdCoordinator, ids.opd()), today);
        networkMap.load(actor(opdCoordinator, ids.opd()), today);
        longWaitsAndReturns(prm, ppf, ids, children, today);
    }

    /**
     * Issue 18, last so the children before keep their names: a PPF child waiting 27 weeks (due for re-validation at
     * 26), and two case-review candidates for the Mesa — a child who left the PPF 4 months ago and is referred to the
     * PRM again, and one on the PRM's and the PPF's lists for the same court case.
     */
    private void longWaitsAndReturns(Actor prm, Actor ppf, DemoNetwork.Ids ids, DemoChildren children, LocalDate today) {
        UUID longWait = refer(ppf, ids.ppf(), children.next(), ids.opdReferrer(), today.minusDays(190), true);
        decisions.declareEligible(ppf, longWait, versions.entry(longWait), today.minusDays(182),
                "Cumple el perfil del programa.");
        priority.assessWaiting(ppf, List.of(new DemoPriority.Eligible(longWait, today.minusDays(182))), false,
                versions);
        DemoChildren.Child returning = children.next();
        UUID left = refer(ppf, ids.ppf(), returning, ids.school(), today.minusDays(150), true);
        decisions.exit(ppf, left, versions.entry(left), ExitReason.FAMILY_MOVED, today.minusDays(120),
                exitNote(ExitReason.FAMILY_MOVED));
        refer(prm, ids.prm(), returning, ids.opdReferrer(), today.minusDays(8), true);
        DemoChildren.Child sameCase = children.next();
        refer(prm, ids.prm(), sameCase, ids.court(), today.minusDays(11), true);
        refer(ppf, ids.ppf(), sameCase, ids.court(), today.minusDays(11), true);
    }

    /**
     * After the load committed: the events drafted the oficios, and the PRM's director issues a few of them,
     * so the tray and the register both have something to show.
     */
    void issueLetters() {
        letters.issueSome(prmDirector, prmId);
    }

    private UUID refer(Actor actor, UUID programId, DemoChildren.Child child, UUID referrer,
                                   LocalDate receivedOn, boolean sufficient) {
        boolean court = referrer.equals(courtId);
        return intake.register(actor, programId, new ReferralRequest(child.rut(), child.givenNames(),
                child.paternalSurname(), child.maternalSurname(), child.birthDate(), referrer,
                court ? "P-" + (1000 + Math.abs(child.givenNames().hashCode() % 8000)) + "-" + receivedOn.getYear() : null,
                null, child.reason(), receivedOn, sufficient, List.of()).withContact(contact(child, programId))
                // The court's resolution reaches the program a few days after it is dictated.
                .withCourtOrderedOn(court ? receivedOn.minusDays(2 + Math.abs(child.givenNames().hashCode() % 7)) : null))
                .entryId();
    }

    /** A fictional way to reach the child's family: an address in the program's comuna, a mother or a grandmother. */
    private FamilyContact contact(DemoChildren.Child child, UUID programId) {
        int n = Math.abs(child.paternalSurname().hashCode());
        String[] streets = {"Pasaje Los Aromos", "Avenida O'Higgins", "Calle Arauco", "Villa Los Volcanes, pasaje 4",
                "Población Vicente Pérez Rosales, calle 2"};
        boolean grandmother = n % 4 == 0;
        return new FamilyContact(streets[n % streets.length], String.valueOf(100 + n % 1800),
                programId.equals(prmId) ? DemoNetwork.CHILLAN : DemoNetwork.CHILLAN_VIEJO,
                (grandmother ? "Rosa " : "Carolina ") + child.maternalSurname(), grandmother ? "abuela" : "madre",
                "+56 9 " + (5000 + n % 4000) + " " + (1000 + n % 9000), null, null,
                n % 5 == 0 ? "Llamar solo a este número; no dejar recados con la pareja de la madre." : null);
    }

    private User user(Actor root, String username, String name, String position, Role role, String region,
                      Set<UUID> programs) {
        return users.create(root, new UserAdministration.UserDetails(username, name, username + "@demo.circuito.cl",
                position, role, region, programs), PASSWORD);
    }

    private static Actor actor(User user, UUID programId) {
        return new Actor(user.id(), user.username(), user.fullName(), user.role(),
                new AccessScope.Programs(Set.of(programId)));
    }

    private static String exitNote(ExitReason reason) {
        return switch (reason) {
            case REFERRED_ELSEWHERE -> "El tribunal deriva al PIE de la comuna.";
            case COURT_MEASURE_ENDED -> "El tribunal pone término a la medida de protección.";
            case FAMILY_MOVED -> "La familia se traslada a Concepción.";
            case TURNED_18 -> "Cumple 18 años mientras espera.";
            case DUPLICATE -> "Ficha registrada dos veces por error.";
            default -> "La familia desiste de la atención.";
        };
    }
}
