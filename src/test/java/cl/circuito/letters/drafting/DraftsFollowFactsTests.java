package cl.circuito.letters.drafting;

import cl.circuito.network.NetworkAdministration;
import cl.circuito.network.ProgramContact;
import cl.circuito.network.ReferrerKind;
import cl.circuito.shared.DomainException;
import cl.circuito.shared.text.ChileanDates;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.waitinglist.AdmissionEvents;
import cl.circuito.waitinglist.entry.ChildCorrections;
import cl.circuito.waitinglist.entry.EntryDecisions;
import cl.circuito.waitinglist.Events;
import cl.circuito.waitinglist.ExitReason;
import cl.circuito.waitinglist.MonitoringActionKind;
import cl.circuito.waitinglist.MonitoringOutcome;
import cl.circuito.waitinglist.admission.AdmissionPlanning;
import cl.circuito.waitinglist.admission.Admissions;
import cl.circuito.waitinglist.monitoring.MonitoringLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every kind of draft follows each fact it states: changed, the draft states the new fact (or, with the
 * director's text, waits for their review); no longer called for, it is superseded with its reason; and a draft
 * whose facts changed unnoticed is never issued.
 */
@CircuitoTest
class DraftsFollowFactsTests {

    @Autowired Fixtures fixtures;
    @Autowired EntryDecisions decisions;
    @Autowired ChildCorrections corrections;
    @Autowired MonitoringLog monitoring;
    @Autowired AdmissionPlanning planning;
    @Autowired Admissions admissions;
    @Autowired NetworkAdministration network;
    @Autowired LetterManagement management;
    @Autowired LetterQueries queries;
    @Autowired Letters letters;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEventPublisher events;

    LetterScenario scenario;
    LocalDate today;

    @BeforeEach
    void setUp() {
        scenario = new LetterScenario(fixtures, decisions, jdbc);
        today = LocalDate.now();
    }

    // ---------------------------------------------------------------- not eligible

    @Test
    void aReopenedDecisionSupersedesItsDraftAndADecisionTakenAgainNamesTheNewProgram() {
        LetterScenario.Child child = scenario.refer(scenario.opd, 10);
        UUID ppf = programWithContact("Av. Libertad 1234", "+56 41 221 0000", "ppf@ejemplo.cl");
        UUID pdc = fixtures.program("PDC", "08101");

        decideNotEligible(child, ppf, "Prevención focalizada.");
        Letter first = only(child, LetterKind.NOT_ELIGIBLE);
        assertThat(first.body()).contains(label(ppf)).contains("Prevención focalizada.")
                .contains("Sus datos de contacto son: dirección Av. Libertad 1234, Concepción; teléfono "
                        + "+56 41 221 0000; correo electrónico ppf@ejemplo.cl.");

        decisions.reopenDecision(scenario.director, child.entryId(), scenario.version(child),
                "Llegaron nuevos antecedentes.");
        scenario.settle(scenario.program);
        Letter superseded = letter(first.id());
        assertThat(superseded.status()).isEqualTo(LetterStatus.DISCARDED);
        assertThat(superseded.discardedByName()).isEqualTo("Circuito");
        assertThat(superseded.discardReason()).contains("Se reabrió la decisión de admisibilidad");
        assertThat(queries.tray(scenario.director, scenario.program, 0, 0).superseded())
                .extracting(LetterQueries.Row::id).contains(first.id());
        assertRefused(() -> management.issue(scenario.director, first.id(), superseded.version()), HttpStatus.CONFLICT,
                "letters.error.transition.issue.DISCARDED");

        // Decided again the same day, naming another program: a new draft, which names it.
        decideNotEligible(child, pdc, "Consumo problemático de drogas.");
        Letter second = only(child, LetterKind.NOT_ELIGIBLE);
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.body()).contains(label(pdc)).contains("Consumo problemático de drogas.")
                .contains("No contamos con los datos de contacto de ese programa.")
                .doesNotContain(label(ppf)).doesNotContain("Prevención focalizada.");
        assertThat(second.correctsLetterId()).isNull();
    }

    @Test
    void anEventDeliveredAgainAfterTheDecisionChangedDraftsNothingStale() {
        LetterScenario.Child child = scenario.refer(scenario.opd, 10);
        UUID ppf = fixtures.program("PPF", "08101");
        UUID pdc = fixtures.program("PDC", "08101");
        decideNotEligible(child, ppf, "Primera decisión.");
        decisions.reopenDecision(scenario.director, child.entryId(), scenario.version(child), "Revisión.");
        decideNotEligible(child, pdc, "Segunda decisión.");

        // The first decision's event again (a resubmitted publication), and the reopening's.
        deliverAgain(new Events.ChildDeclaredIneligible(child.entryId(), scenario.program, scenario.opd, today,
                "Primera decisión.", ppf, label(ppf)));
        deliverAgain(new Events.DecisionReopened(child.entryId(), scenario.program, "Revisión."));

        Letter current = only(child, LetterKind.NOT_ELIGIBLE);
        assertThat(current.body()).contains(label(pdc)).contains("Segunda decisión.").doesNotContain(label(ppf));
    }

    @Test
    void aNewDecisionAfterTheLetterWasIssuedDraftsItsCorrection() {
        LetterScenario.Child child = scenario.refer(scenario.opd, 10);
        UUID ppf = fixtures.program("PPF", "08101");
        UUID pdc = fixtures.program("PDC", "08101");
        decideNotEligible(child, ppf, "Primera decisión.");
        Letter draft = only(child, LetterKind.NOT_ELIGIBLE);
        Letter issued = management.issue(scenario.director, draft.id(), draft.version());

        decisions.reopenDecision(scenario.director, child.entryId(), scenario.version(child), "Revisión.");
        decideNotEligible(child, pdc, "Segunda decisión.");

        Letter correction = only(child, LetterKind.NOT_ELIGIBLE);
        assertThat(correction.correctsLetterId()).isEqualTo(issued.id());
        assertThat(correction.body()).contains(label(pdc));
        assertThat(letter(issued.id()).body()).contains(label(ppf));
    }

    @Test
    void thePertinentProgramsContactDataFollowIntoCircuitosTextAndMarkTheDirectorsUntilConfirmed() {
        LetterScenario.Child child = scenario.refer(scenario.opd, 10);
        UUID pdc = fixtures.program("PDC", "08101");
        decideNotEligible(child, pdc, "Consumo problemático.");
        assertThat(only(child, LetterKind.NOT_ELIGIBLE).body()).contains("No contamos con los datos de contacto");

        changeContact(pdc, new ProgramContact("Calle Prat 55", "42 221 0000", null));
        scenario.settle(scenario.program);
        Letter followed = only(child, LetterKind.NOT_ELIGIBLE);
        assertThat(followed.body()).contains("Sus datos de contacto son: dirección Calle Prat 55, Concepción; "
                + "teléfono 42 221 0000.").doesNotContain("No contamos");
        assertThat(followed.textEdited()).isFalse();
        assertThat(followed.notes()).extracting(LetterNote::kind).contains(LetterNote.Kind.RESTATED);

        Letter edited = management.edit(scenario.director, followed.id(), followed.version(), followed.subject(),
                followed.body() + "\n\nSe adjunta el informe psicosocial.");
        changeContact(pdc, new ProgramContact("Calle Prat 55", "+56 9 8765 4321", null));
        scenario.settle(scenario.program);

        Letter marked = only(child, LetterKind.NOT_ELIGIBLE);
        assertThat(marked.factsChangedAt()).isNotNull();
        assertThat(marked.body()).contains("Se adjunta el informe psicosocial.").contains("42 221 0000");
        FactsCheck check = management.details(scenario.director, marked.id()).facts();
        assertThat(check.current()).isFalse();
        assertThat(check.changes()).singleElement().satisfies(change -> {
            assertThat(change.label()).isEqualTo("Datos de contacto del programa más pertinente (dirección, "
                    + "teléfono, correo), en una frase; si no están registrados, lo dice");
            assertThat(change.after()).contains("+56 9 8765 4321");
        });
        assertRefused(() -> management.issue(scenario.director, marked.id(), marked.version()), HttpStatus.CONFLICT,
                "letters.error.factsChanged");
        assertThat(lastNumber()).isZero();

        Letter confirmed = management.confirmFacts(scenario.director, marked.id(), marked.version());
        assertThat(confirmed.factsChangedAt()).isNull();
        assertThat(confirmed.body()).isEqualTo(edited.body());
        assertThat(management.issue(scenario.director, confirmed.id(), confirmed.version()).numberLabel())
                .isEqualTo("N° 1/" + today.getYear());
    }

    @Test
    void regeneratingRewritesTheDirectorsTextFromTheCurrentFacts() {
        LetterScenario.Child child = scenario.refer(scenario.opd, 10);
        UUID pdc = fixtures.program("PDC", "08101");
        decideNotEligible(child, pdc, "Consumo problemático.");
        Letter draft = only(child, LetterKind.NOT_ELIGIBLE);
        management.edit(scenario.director, draft.id(), draft.version(), draft.subject(),
                draft.body() + "\n\nPárrafo de la directora.");
        changeContact(pdc, new ProgramContact(null, null, "pdc@ejemplo.cl"));
        scenario.settle(scenario.program);
        Letter marked = only(child, LetterKind.NOT_ELIGIBLE);
        assertThat(marked.factsChangedAt()).isNotNull();

        Letter regenerated = management.regenerate(scenario.director, marked.id(), marked.version());

        assertThat(regenerated.body()).contains("correo electrónico pdc@ejemplo.cl").doesNotContain("Párrafo de la directora.");
        assertThat(regenerated.factsChangedAt()).isNull();
        assertThat(regenerated.textEdited()).isFalse();
        assertThat(management.check(regenerated).current()).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_event where subject_id = ? and what = 'letters.audit.regenerated'")
                .param(regenerated.id()).query(Long.class).single()).isOne();
    }

    // ---------------------------------------------------------------- every kind: the addressee and the child

    @Test
    void aRenamedReferrerReaddressesItsDraftsAndANameChangedUnnoticedIsNeverIssued() {
        LetterScenario.Child child = scenario.refer(scenario.opd, 10);
        decideNotEligible(child, fixtures.program("PPF", "08101"), "Motivo.");
        Letter draft = only(child, LetterKind.NOT_ELIGIBLE);

        renameReferrer(scenario.opd, "OPD Concepción Centro");
        scenario.settle(scenario.program);
        assertThat(only(child, LetterKind.NOT_ELIGIBLE).recipientName()).isEqualTo("OPD Concepción Centro");

        // Renamed behind Circuito's back (no event): issuing re-reads the facts and refuses.
        jdbc.sql("update referrer set name = 'OPD Concepción Norte' where id = ?").param(scenario.opd).update();
        assertRefused(() -> management.issue(scenario.director, draft.id(), version(draft)), HttpStatus.CONFLICT,
                "letters.error.factsChanged");
        Letter regenerated = management.regenerate(scenario.director, draft.id(), version(draft));
        assertThat(regenerated.recipientName()).isEqualTo("OPD Concepción Norte");
        assertThat(management.issue(scenario.director, draft.id(), regenerated.version()).recipientName())
                .isEqualTo("OPD Concepción Norte");
    }

    @Test
    void aCorrectedChildIsNamedAnewInEveryDraftAboutThem() {
        LetterScenario.Child child = scenario.waiting(scenario.court, 20);
        scenario.settle(scenario.program);
        Letter estimate = only(child, LetterKind.ESTIMATED_DATE);
        assertThat(estimate.body()).contains(child.name());

        corrections.correct(scenario.director, child.entryId(), child.rut(), "Martina Josefa",
                child.name().split(" ")[2], "Peña", LocalDate.now().minusYears(9), "Nombre mal escrito en la derivación");
        scenario.settle(scenario.program);

        Letter followed = only(child, LetterKind.ESTIMATED_DATE);
        String corrected = "Martina Josefa " + child.name().split(" ")[2] + " Peña";
        assertThat(followed.body()).contains(corrected).doesNotContain(child.name());
        assertThat(followed.children().get(0).childName()).isEqualTo(corrected);
    }

    // ---------------------------------------------------------------- estimated date

    @Test
    void reopeningAnEligibleDecisionSupersedesThePendingEstimate() {
        LetterScenario.Child child = scenario.waiting(scenario.court, 20);
        Letter estimate = only(child, LetterKind.ESTIMATED_DATE);

        decisions.reopenDecision(scenario.director, child.entryId(), scenario.version(child),
                "Antecedentes contradictorios.");
        scenario.settle(scenario.program);

        Letter superseded = letter(estimate.id());
        assertThat(superseded.status()).isEqualTo(LetterStatus.DISCARDED);
        assertThat(superseded.discardReason()).contains("ya no espera un cupo");
    }

    @Test
    void anEstimateRecomputedButNotYetFollowedCannotBeIssued() {
        LetterScenario.Child child = scenario.waiting(scenario.court, 20);
        Letter estimate = only(child, LetterKind.ESTIMATED_DATE);
        LocalDate moved = estimate.children().get(0).statedDate().plusMonths(2);

        scenario.estimate(child.entryId(), moved);

        assertThatThrownBy(() -> management.issue(scenario.director, estimate.id(), estimate.version()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("letters.error.factsChanged");
                    assertThat(e.arguments()[0].toString()).contains("Fecha estimada de ingreso")
                            .contains(ChileanDates.longDay(moved));
                });
        assertThat(lastNumber()).isZero();
    }

    // ---------------------------------------------------------------- protection situation and the court

    @Test
    void aChildWhoLeavesTheListTakesTheLettersSayingTheyWaitWithThem() {
        LetterScenario.Child child = scenario.waiting(scenario.court, 30);
        monitoring.record(scenario.director, child.entryId(), MonitoringActionKind.IN_PERSON_INTERVIEW,
                today.minusDays(1), null, MonitoringOutcome.NOT_PROTECTED, "El padre volvió al domicilio.");
        Letter protection = only(child, LetterKind.PROTECTION_CHANGE);
        Letter request = only(child, LetterKind.JUDICIAL_REQUEST);

        decisions.exit(scenario.director, child.entryId(), scenario.version(child), ExitReason.FAMILY_MOVED, today,
                "La familia se trasladó a Temuco.");
        scenario.settle(scenario.program);

        for (Letter draft : List.of(letter(protection.id()), letter(request.id()))) {
            assertThat(draft.status()).isEqualTo(LetterStatus.DISCARDED);
            assertThat(draft.discardReason()).contains("egresó de la lista de espera");
        }
    }

    @Test
    void theFindingTheProtectionLettersCiteIsFollowedAndAFindingWithdrawnSupersedesThem() {
        LetterScenario.Child child = scenario.waiting(scenario.court, 30);
        MonitoringLog.Recorded recorded = monitoring.record(scenario.director, child.entryId(),
                MonitoringActionKind.IN_PERSON_INTERVIEW, today.minusDays(1), null, MonitoringOutcome.NOT_PROTECTED,
                "El padre volvió al domicilio.");
        Letter protection = only(child, LetterKind.PROTECTION_CHANGE);
        Letter request = only(child, LetterKind.JUDICIAL_REQUEST);

        // The monitoring's notes corrected (no verb for it yet: its table, as it would be).
        jdbc.sql("update monitoring_action set notes = ? where id = ?")
                .params("El padre volvió al domicilio el fin de semana.", recorded.action().id()).update();
        assertRefused(() -> management.issue(scenario.director, request.id(), version(request)), HttpStatus.CONFLICT,
                "letters.error.factsChanged");
        touch(child);
        assertThat(letter(protection.id()).body()).contains("El padre volvió al domicilio el fin de semana.");
        assertThat(letter(request.id()).body()).contains("El padre volvió al domicilio el fin de semana.");

        jdbc.sql("update monitoring_action set outcome = 'PROTECTED' where id = ?").param(recorded.action().id()).update();
        assertRefused(() -> management.issue(scenario.director, request.id(), version(request)), HttpStatus.CONFLICT,
                "letters.error.notCalledFor");
        touch(child);
        for (Letter draft : List.of(letter(protection.id()), letter(request.id()))) {
            assertThat(draft.status()).isEqualTo(LetterStatus.DISCARDED);
            assertThat(draft.discardReason()).contains("ya no lo registra así");
        }
    }

    // ---------------------------------------------------------------- effective admission

    @Test
    void anAdmissionDateCorrectedOrUndoneIsFollowedAndNeverIssuedStale() {
        LetterScenario.Child child = scenario.waiting(scenario.court, 30);
        planning.confirm(scenario.director, scenario.program, YearMonth.from(today), List.of(child.entryId()), Map.of());
        // Scheduled a few days ago, as the passing of time would leave it: the interview follows the scheduling.
        jdbc.sql("update entry_event set occurred_on = ? where entry_id = ? and kind = 'ADMISSION_SCHEDULED'")
                .params(today.minusDays(3), child.entryId()).update();
        admissions.recordInterview(scenario.director, child.entryId(), scenario.version(child),
                today.minusDays(3), "NNA y su madre", true, "Pasaje Los Aromos 45, Concepción", null);
        admissions.admit(scenario.director, child.entryId(), scenario.version(child), today);
        Letter admission = only(child, LetterKind.EFFECTIVE_ADMISSION);
        assertThat(admission.body()).contains("con fecha " + ChileanDates.longDay(today));

        // The admission date corrected (the waiting list has no verb for it yet: its table, as it would be).
        LocalDate corrected = today.minusDays(1);
        jdbc.sql("update waiting_list_entry set exited_on = ? where id = ?").params(corrected, child.entryId()).update();
        assertRefused(() -> management.issue(scenario.director, admission.id(), version(admission)),
                HttpStatus.CONFLICT, "letters.error.factsChanged");

        touch(child);
        Letter followed = letter(admission.id());
        assertThat(followed.body()).contains("con fecha " + ChileanDates.longDay(corrected)).doesNotContain(ChileanDates.longDay(today));
        assertThat(followed.children().get(0).statedDate()).isEqualTo(corrected);

        // The admission undone: the child is scheduled again, not admitted.
        jdbc.sql("""
                update waiting_list_entry set status = 'SCHEDULED', exit_reason = null, exited_on = null,
                       exited_by = null, exited_by_name = null where id = ?""").param(child.entryId()).update();
        assertRefused(() -> management.issue(scenario.director, admission.id(), version(admission)),
                HttpStatus.CONFLICT, "letters.error.notCalledFor");
        touch(child);
        Letter undone = letter(admission.id());
        assertThat(undone.status()).isEqualTo(LetterStatus.DISCARDED);
        assertThat(undone.discardReason()).isEqualTo("El ingreso efectivo del NNA ya no está registrado.");
    }

    // ---------------------------------------------------------------- helpers

    private void decideNotEligible(LetterScenario.Child child, UUID pertinent, String reason) {
        decisions.declareNotEligible(scenario.director, child.entryId(), scenario.version(child), today, reason,
                pertinent, null);
        scenario.settle(scenario.program);
    }

    private UUID programWithContact(String address, String phone, String email) {
        UUID program = fixtures.program("PPF", "08101");
        changeContact(program, new ProgramContact(address, phone, email));
        return program;
    }

    private void changeContact(UUID program, ProgramContact contact) {
        network.changeProgramContact(Fixtures.ROOT, program, network.programContact(Fixtures.ROOT, program).version(),
                contact);
        scenario.settle(program);
    }

    private void renameReferrer(UUID referrer, String name) {
        var stored = network.referrer(Fixtures.ROOT, referrer);
        network.updateReferrer(Fixtures.ROOT, referrer, stored.version(), new NetworkAdministration.ReferrerData(
                ReferrerKind.OPD, name, null, null, null, null, true));
        scenario.settle(referrer);
    }

    private String label(UUID program) {
        return jdbc.sql("select p.name || ' (' || i.name || ')' from program p join institution i on i.id = p.institution_id where p.id = ?")
                .param(program).query(String.class).single();
    }

    /** Some event about the entry: its letters read their facts again. */
    private void touch(LetterScenario.Child child) {
        deliverAgain(new AdmissionEvents.AdmissionInterviewRecorded(child.entryId(), scenario.program, today));
    }

    private void deliverAgain(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
        scenario.settle(scenario.program);
    }

    /** The one pending draft of the kind about the child. */
    private Letter only(LetterScenario.Child child, LetterKind kind) {
        scenario.settle(scenario.program);
        UUID id = jdbc.sql("""
                        select l.id from letter l join letter_child c on c.letter_id = l.id
                         where c.entry_id = ? and l.kind = ? and l.status = 'DRAFT'""")
                .params(child.entryId(), kind.name()).query(UUID.class).single();
        return letter(id);
    }

    private Letter letter(UUID id) {
        return transactions.execute(status -> {
            Letter letter = letters.findById(id).orElseThrow();
            letter.children();
            letter.notes();
            return letter;
        });
    }

    /** The letter's version as its page shows it now (Circuito may have followed the facts since it was read). */
    private long version(Letter letter) {
        return fixtures.version("letter", letter.id());
    }

    private Integer lastNumber() {
        return jdbc.sql("select last_number from letter_number where program_id = ? and year = ?")
                .params(scenario.program, today.getYear()).query(Integer.class).optional().orElse(0);
    }

    private static void assertRefused(Runnable action, HttpStatus status, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
