package cl.circuito.waitinglist.entry;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.AuditEvent;
import cl.circuito.audit.AuditField;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.Versions;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.ReferralBuilder;
import cl.circuito.waitinglist.EntryStatus;
import cl.circuito.waitinglist.ListFilter;
import cl.circuito.waitinglist.ListSort;
import cl.circuito.waitinglist.WaitingListQueries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CircuitoTest
class WaitingListFlowTests {

    /** Thursday 10 September 2026: 18 and 19 September (Friday, Saturday) are holidays. */
    private static final LocalDate RECEIVED = LocalDate.of(2026, 9, 10);

    @Autowired Fixtures fixtures;
    @Autowired ReferralIntake intake;
    @Autowired EntryDecisions decisions;
    @Autowired BackgroundGathering gathering;
    @Autowired WaitingListQueries queries;
    @Autowired JdbcClient jdbc;

    UUID program;
    UUID court;
    Actor director;

    @BeforeEach
    void setUp() {
        program = fixtures.program("PRM", "13101");
        court = fixtures.referrer("FAMILY_COURT");
        director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
    }

    private ReferralBuilder referral(String rut) {
        return fixtures.referral(director, program, court).rut(rut).child("Camila Andrea", "Prueba", "Ficticia")
                .bornOn(LocalDate.of(2015, 3, 2)).receivedOn(RECEIVED);
    }

    @Test
    void registeringStartsTheDeadlineOnBusinessDaysAfterReceipt() {
        WaitingListEntry sufficient = referral(Fixtures.rut()).register();
        WaitingListEntry insufficient = referral(Fixtures.rut()).backgroundSufficient(false).register();

        // From Friday 11 Sep: 11,14,15,16,17 | 18 and 19 Fiestas Patrias | 21,22,23,24,25.
        assertThat(sufficient.admissibilityDueOn()).isEqualTo(LocalDate.of(2026, 9, 25));
        // Ten more business days: 28,29,30 Sep, 1,2,5,6,7,8,9 Oct (12 Oct is Encuentro de Dos Mundos, a Monday).
        assertThat(insufficient.admissibilityDueOn()).isEqualTo(LocalDate.of(2026, 10, 9));
        assertThat(sufficient.status()).isEqualTo(EntryStatus.UNDER_REVIEW);
    }

    @Test
    void theSameChildOpenInThisProgramIsRefusedButAnotherProgramIsSignalled() {
        String rut = Fixtures.rut();
        WaitingListEntry first = referral(rut).register();

        assertThatThrownBy(() -> referral(rut.replace("-", "")).register())
                .isInstanceOfSatisfying(DuplicateOpenEntry.class,
                        e -> assertThat(e.existingEntryId()).isEqualTo(first.id()));

        UUID otherProgram = fixtures.program("PPF", "13101");
        Actor otherDirector = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(otherProgram));
        ReferralIntake.Registration second = intake.register(otherDirector, otherProgram, referral(rut).request());

        assertThat(second.child().id()).isEqualTo(first.childId());
        assertThat(second.otherPrograms()).singleElement().asString().startsWith("PRM de prueba");
    }

    @Test
    void aChildWithoutRutIsRecognisedByNamesAndBirthDateIgnoringAccents() {
        String given = "José Ñandú " + Fixtures.next();
        WaitingListEntry first = referral(null).child(given, "Pérez").bornOn(LocalDate.of(2016, 5, 5)).register();
        ReferralBuilder sameWithoutAccents = referral("")
                .child(given.replace("é", "e").replace("ú", "u").toUpperCase(), "PEREZ", "")
                .bornOn(LocalDate.of(2016, 5, 5));

        assertThatThrownBy(sameWithoutAccents::register).isInstanceOf(DuplicateOpenEntry.class);
        assertThat(first.childId()).isNotNull();
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsSaved() {
        long before = jdbc.sql("select count(*) from waiting_list_entry").query(Long.class).single();

        assertField(() -> referral("12.345.678-9").register(), "rut");
        assertField(() -> referral(Fixtures.rut()).receivedOn(LocalDate.now(ZoneId.of("America/Santiago")).plusDays(3))
                .register(), "receivedOn");
        assertField(() -> referral(Fixtures.rut()).court(" ", null).register(), "courtRit");
        assertField(() -> fixtures.referral(director, program, UUID.randomUUID()).rut(Fixtures.rut()).court(null, null)
                .register(), "referrerId");
        assertField(() -> referral(Fixtures.rut()).bornOn(LocalDate.of(2000, 1, 1)).register(), "birthDate");
        assertField(() -> referral(null).bornOn(null).register(), "birthDate");
        assertField(() -> referral(Fixtures.rut())
                .attachments(new IncomingFile("x.pdf", "application/pdf", "MZ executable".getBytes())).register(),
                "attachments");

        assertThat(jdbc.sql("select count(*) from waiting_list_entry").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void anotherProgramsEntryDoesNotExistForThisDirector() {
        WaitingListEntry entry = referral(Fixtures.rut()).register();
        UUID otherProgram = fixtures.program("PPF", "13101");
        Actor stranger = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(otherProgram));

        assertThatThrownBy(() -> queries.entry(stranger, entry.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> decisions.declareEligible(stranger, entry.id(), version(entry.id()), RECEIVED, null))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> intake.register(stranger, program, referral(Fixtures.rut()).request()))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void scopeFollowsTheRole() {
        WaitingListEntry entry = referral(Fixtures.rut()).register();
        UUID otherRegionProgram = fixtures.program("PRM", "05101");

        Actor national = fixtures.user(Role.NATIONAL_TEAM, Set.of());
        Actor metropolitanManager = fixtures.user(Role.TERRITORIAL_MANAGER, "13", Set.of());
        Actor valparaisoManager = fixtures.user(Role.TERRITORIAL_MANAGER, "05", Set.of());
        Actor admin = fixtures.user(Role.ADMIN, Set.of());
        Actor readOnly = fixtures.user(Role.READ_ONLY, Set.of(program));

        assertThat(queries.entry(national, entry.id()).entry().id()).isEqualTo(entry.id());
        assertThat(queries.entry(metropolitanManager, entry.id()).entry().id()).isEqualTo(entry.id());
        assertThat(queries.entry(readOnly, entry.id()).entry().id()).isEqualTo(entry.id());
        assertThatThrownBy(() -> queries.entry(valparaisoManager, entry.id())).isInstanceOf(NotFound.class);
        assertThat(queries.list(valparaisoManager, otherRegionProgram, ListFilter.ALL, null, ListSort.DEADLINE, 0, 10))
                .isEmpty();
        assertThatThrownBy(() -> queries.entry(admin, entry.id())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> decisions.declareEligible(readOnly, entry.id(), version(entry.id()), RECEIVED, null))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> decisions.declareEligible(national, entry.id(), version(entry.id()), RECEIVED, null))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void theWholeJourneyIsAuditedIncludingViews() {
        WaitingListEntry entry = referral(Fixtures.rut()).register();
        Actor professional = fixtures.user(Role.PROGRAM_PROFESSIONAL, Set.of(program));

        gathering.recordAction(professional, entry.id(), BackgroundActionKind.HOME_VISIT, RECEIVED.plusDays(2), null,
                "Visita realizada");
        assertThatThrownBy(() -> decisions.declareEligible(professional, entry.id(), version(entry.id()),
                RECEIVED, null))
                .isInstanceOf(AccessDenied.class);
        decisions.changeBackgroundSufficiency(director, entry.id(), version(entry.id()), false,
                "Falta informe del colegio");
        decisions.declareNotEligible(director, entry.id(), version(entry.id()), RECEIVED.plusDays(5),
                "Perfil preventivo", null, "PPF de la comuna");
        decisions.reopenDecision(director, entry.id(), version(entry.id()), "Llegan nuevos antecedentes");
        decisions.declareEligible(director, entry.id(), version(entry.id()), RECEIVED.plusDays(6), null);
        queries.entry(director, entry.id());

        List<AuditEvent> history = queries.history(director, entry.id(), 0).getContent();
        assertThat(history).extracting(AuditEvent::what).contains("audit.child.registered", "audit.entry.registered",
                "audit.entry.backgroundAction", "audit.entry.sufficiencyChanged", "audit.entry.declaredNotEligible",
                "audit.entry.decisionReopened", "audit.entry.declaredEligible", "audit.entry.viewed");
        assertThat(history).filteredOn(e -> e.what().equals("audit.entry.viewed"))
                .extracting(AuditEvent::action, AuditEvent::actorId)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(AuditAction.VIEWED, director.userId()));
        assertThat(history).filteredOn(e -> e.what().equals("audit.entry.decisionReopened")).singleElement()
                .satisfies(e -> assertThat(e.changes())
                        .containsEntry(AuditField.REASON.key(), "Llegan nuevos antecedentes"));

        WaitingListEntry reloaded = queries.entry(director, entry.id()).entry();
        assertThat(reloaded.status()).isEqualTo(EntryStatus.WAITING);
        assertThat(reloaded.admissibilityDueOn()).isEqualTo(LocalDate.of(2026, 10, 9));
        assertThat(reloaded.timeline()).extracting(EntryEvent::kind).contains(EntryEventKind.BACKGROUND_ACTION,
                EntryEventKind.BACKGROUND_SUFFICIENCY_CHANGED, EntryEventKind.DECLARED_NOT_ELIGIBLE,
                EntryEventKind.DECISION_REOPENED, EntryEventKind.DECLARED_ELIGIBLE);
    }

    @Test
    void aStaleFormIsRefusedWithAConflict() {
        WaitingListEntry entry = referral(Fixtures.rut()).register();
        long version = entry.version();
        decisions.changeBackgroundSufficiency(director, entry.id(), version, false, "Faltan antecedentes");

        assertThatThrownBy(() -> decisions.declareEligible(director, entry.id(), version, RECEIVED, null))
                .isInstanceOfSatisfying(Versions.Stale.class, e -> assertThat(e.status().value()).isEqualTo(409));
    }

    @Test
    void twoPeopleRegisteringTheSameChildAtOnceLeaveOneEntry() throws Exception {
        String rut = Fixtures.rut();
        Actor professional = fixtures.user(Role.PROGRAM_PROFESSIONAL, Set.of(program));
        Callable<Object> a = () -> referral(rut).register();
        Callable<Object> b = () -> intake.register(professional, program, referral(rut).request());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> results = pool.invokeAll(List.of(a, b));
            int failures = 0;
            for (Future<Object> result : results) {
                try {
                    result.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOfAny(DuplicateOpenEntry.class,
                            org.springframework.dao.DataIntegrityViolationException.class);
                    failures++;
                }
            }
            assertThat(failures).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("""
                select count(*) from waiting_list_entry e join child c on c.id = e.child_id
                 where c.rut = ? and e.program_id = ?""").params(rut, program).query(Long.class).single()).isEqualTo(1);
    }

    /**
     * Two programs register the same child without RUT at the same moment (as typed by each: accents and case
     * differ): the registry's unique index makes it one child, and both referrals point to it.
     */
    @Test
    void twoProgramsRegisteringTheSameChildWithoutRutAtOnceShareOneChild() throws Exception {
        UUID otherProgram = fixtures.program("PPF", "13101");
        Actor otherDirector = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(otherProgram));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String given = "Amanda Josefa " + Fixtures.next();
                java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
                Future<ReferralIntake.Registration> here = pool.submit(() -> {
                    together.await();
                    return intake.register(director, program, referral(null).child(given, "Ñancupil", "Pérez")
                            .bornOn(LocalDate.of(2016, 8, 8)).request());
                });
                Future<ReferralIntake.Registration> there = pool.submit(() -> {
                    together.await();
                    return intake.register(otherDirector, otherProgram, referral(null)
                            .child(given.toUpperCase(), "Nancupil", "Perez ").bornOn(LocalDate.of(2016, 8, 8))
                            .request());
                });

                assertThat(here.get().child().id()).isEqualTo(there.get().child().id());
                assertThat(jdbc.sql("select count(*) from child where lower(given_names) = lower(?)").param(given)
                        .query(Long.class).single()).isEqualTo(1L);
                assertThat(here.get().otherPrograms().size() + there.get().otherPrograms().size())
                        .as("the later one sees the other program").isPositive();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(cl.circuito.shared.DomainException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    /** The entry's version as its page shows it now: what a change based on a fresh read names. */
    private Long version(UUID entryId) {
        return fixtures.version("waiting_list_entry", entryId);
    }
}
