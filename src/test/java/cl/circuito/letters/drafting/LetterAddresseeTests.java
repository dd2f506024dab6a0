package cl.circuito.letters.drafting;

import cl.circuito.network.NetworkAdministration;
import cl.circuito.network.ReferrerKind;
import cl.circuito.network.ReferrerSummary;
import cl.circuito.shared.DomainException;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.PdfText;
import cl.circuito.waitinglist.entry.EntryDecisions;
import cl.circuito.waitinglist.MonitoringActionKind;
import cl.circuito.waitinglist.MonitoringOutcome;
import cl.circuito.waitinglist.monitoring.MonitoringLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A request for medidas cautelares or an extraordinary hearing goes to a family court: the referring one, or
 * the one the director chooses; any draft's addressee can be corrected before issue, and is audited; a draft
 * without a valid addressee is never issued.
 */
@CircuitoTest
class LetterAddresseeTests {

    @Autowired Fixtures fixtures;
    @Autowired EntryDecisions decisions;
    @Autowired MonitoringLog monitoring;
    @Autowired NetworkAdministration network;
    @Autowired LetterManagement management;
    @Autowired Letters letters;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    LetterScenario scenario;
    LocalDate today;

    @BeforeEach
    void setUp() {
        scenario = new LetterScenario(fixtures, decisions, jdbc);
        today = LocalDate.now();
    }

    @Test
    void aRequestAboutAChildReferredByACourtGoesToThatCourt() {
        LetterScenario.Child child = scenario.waiting(scenario.court, 30);

        Letter request = request(child);

        assertThat(request.referrerId()).isEqualTo(scenario.court);
        assertThat(request.recipientIsCourt()).isTrue();
        Letter issued = management.issue(scenario.director, request.id(), request.version());
        assertThat(PdfText.of(management.pdf(scenario.director, issued.id()).content()).text())
                .contains("Señor(a) Juez(a), " + scenario.referrerName(scenario.court));
    }

    @Test
    void aRequestAboutAChildReferredByAnOpdWaitsForTheDirectorToChooseAFamilyCourt() {
        LetterScenario.Child child = scenario.waiting(scenario.opd, 30);
        Letter request = request(child);
        assertThat(request.referrerId()).isNull();
        assertThat(request.recipientName()).isNull();
        assertThat(management.addressees(scenario.director, request.id()))
                .extracting(ReferrerSummary::kind).containsOnly(ReferrerKind.FAMILY_COURT);
        // The other letter of the finding, to the referrer, is the OPD's.
        assertThat(only(child, LetterKind.PROTECTION_CHANGE).referrerId()).isEqualTo(scenario.opd);

        assertRefused(() -> management.issue(scenario.director, request.id(), request.version()),
                HttpStatus.UNPROCESSABLE_CONTENT,
                "recipient", "letters.error.required.court");
        assertRefused(() -> management.readdress(scenario.director, request.id(), request.version(), scenario.opd),
                HttpStatus.UNPROCESSABLE_CONTENT, "referrerId", "letters.error.recipient.notCourt");
        assertThat(lastNumber()).isZero();

        Letter addressed = management.readdress(scenario.director, request.id(), request.version(), scenario.court);

        assertThat(addressed.recipientName()).isEqualTo(scenario.referrerName(scenario.court));
        assertThat(addressed.recipientIsCourt()).isTrue();
        assertThat(addressed.addresseeChosen()).isTrue();
        assertThat(addressed.notes()).extracting(LetterNote::kind).containsExactly(LetterNote.Kind.READDRESSED);
        assertThat(jdbc.sql("""
                        select changes->'recipient'->>'after' from audit_event
                         where subject_id = ? and what = 'letters.audit.readdressed'""")
                .param(request.id()).query(String.class).single()).isEqualTo(scenario.referrerName(scenario.court));
        assertThat(management.issue(scenario.director, request.id(), addressed.version()).numberLabel())
                .isEqualTo("N° 1/" + today.getYear());
    }

    @Test
    void anyDraftsAddresseeCanBeCorrectedAndTheChoiceOutlivesTheReferralsChanges() {
        LetterScenario.Child child = scenario.refer(scenario.opd, 10);
        decisions.declareNotEligible(scenario.director, child.entryId(), scenario.version(child), today,
                "Motivo.", null, "PPF Ñuble");
        scenario.settle(scenario.program);
        Letter draft = only(child, LetterKind.NOT_ELIGIBLE);

        management.readdress(scenario.director, draft.id(), draft.version(), scenario.court);
        var opd = network.referrer(Fixtures.ROOT, scenario.opd);
        network.updateReferrer(Fixtures.ROOT, scenario.opd, opd.version(), new NetworkAdministration.ReferrerData(
                ReferrerKind.OPD, "OPD renombrada", null, null, null, null, true));
        scenario.settle(scenario.opd);

        Letter kept = only(child, LetterKind.NOT_ELIGIBLE);
        assertThat(kept.referrerId()).isEqualTo(scenario.court);
        assertThat(management.check(kept).current()).isTrue();
    }

    @Test
    void anAddresseeNoLongerActiveIsRefusedWhenChosenAndWhenIssuing() {
        LetterScenario.Child child = scenario.refer(scenario.opd, 10);
        decisions.declareNotEligible(scenario.director, child.entryId(), scenario.version(child), today,
                "Motivo.", null, "PPF Ñuble");
        scenario.settle(scenario.program);
        Letter draft = only(child, LetterKind.NOT_ELIGIBLE);
        UUID closed = fixtures.referrer("FAMILY_COURT");
        jdbc.sql("update referrer set active = false where id = ?").param(closed).update();

        assertRefused(() -> management.readdress(scenario.director, draft.id(), draft.version(), closed),
                HttpStatus.UNPROCESSABLE_CONTENT, "referrerId", "letters.error.addressee.unknown");
        assertRefused(() -> management.readdress(scenario.director, draft.id(), draft.version(), null),
                HttpStatus.UNPROCESSABLE_CONTENT, "referrerId", "letters.error.required.addressee");

        jdbc.sql("update referrer set active = false where id = ?").param(scenario.opd).update();
        assertRefused(() -> management.issue(scenario.director, draft.id(), draft.version()),
                HttpStatus.UNPROCESSABLE_CONTENT,
                "recipient", "letters.error.recipient.inactive");
        assertThat(lastNumber()).isZero();
    }

    @Test
    void aReferrerThatBecomesACourtAddressesTheRequestsWaitingForOne() {
        UUID body = fixtures.referrer("OTHER");
        LetterScenario.Child child = scenario.waiting(body, 30);
        Letter request = request(child);
        assertThat(request.referrerId()).isNull();

        var stored = network.referrer(Fixtures.ROOT, body);
        network.updateReferrer(Fixtures.ROOT, body, stored.version(), new NetworkAdministration.ReferrerData(
                ReferrerKind.FAMILY_COURT, "Juzgado de Familia de Coronel", null, null, null, null, true));
        scenario.settle(body);

        Letter addressed = only(child, LetterKind.JUDICIAL_REQUEST);
        assertThat(addressed.referrerId()).isEqualTo(body);
        assertThat(addressed.recipientName()).isEqualTo("Juzgado de Familia de Coronel");
    }

    private Letter request(LetterScenario.Child child) {
        monitoring.record(scenario.director, child.entryId(), MonitoringActionKind.IN_PERSON_INTERVIEW,
                today.minusDays(1), null, MonitoringOutcome.NOT_PROTECTED, "El padre volvió al domicilio.");
        return only(child, LetterKind.JUDICIAL_REQUEST);
    }

    private Letter only(LetterScenario.Child child, LetterKind kind) {
        scenario.settle(scenario.program);
        UUID id = jdbc.sql("""
                        select l.id from letter l join letter_child c on c.letter_id = l.id
                         where c.entry_id = ? and l.kind = ? and l.status = 'DRAFT'""")
                .params(child.entryId(), kind.name()).query(UUID.class).single();
        return transactions.execute(status -> {
            Letter letter = letters.findById(id).orElseThrow();
            letter.children();
            letter.notes();
            return letter;
        });
    }

    private Integer lastNumber() {
        return jdbc.sql("select last_number from letter_number where program_id = ? and year = ?")
                .params(scenario.program, today.getYear()).query(Integer.class).optional().orElse(0);
    }

    private static void assertRefused(Runnable action, HttpStatus status, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
