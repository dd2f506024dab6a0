package cl.circuito.mesas.sessions;

import cl.circuito.mesas.minutes.MinutesViews;
import cl.circuito.mesas.agreements.AgreementStatus;
import cl.circuito.mesas.Participation;
import cl.circuito.mesas.agreements.Agreement;
import cl.circuito.mesas.agreements.AgreementFilter;
import cl.circuito.mesas.agreements.AgreementHistoryLine;
import cl.circuito.mesas.agreements.AgreementRow;
import cl.circuito.mesas.agreements.Agreements;
import cl.circuito.mesas.agreements.MesaAgreements;
import cl.circuito.mesas.mesa.MesaMember;
import cl.circuito.mesas.mesa.MesaRuleViolation;
import cl.circuito.mesas.mesa.MesaSetup;
import cl.circuito.shared.Versions;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.MesaFixtures.MesaWorld;
import cl.circuito.testing.MesaFixtures;
import cl.circuito.testing.PdfText;
import cl.circuito.testing.RutShapes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The minutes from draft to approval at the next session, and the agreements carried until closed. */
@CircuitoTest
class MesaMinutesFlowTests {

    static final LocalDate FIRST = LocalDate.of(2025, 4, 8);
    static final LocalDate SECOND = LocalDate.of(2025, 5, 13);
    static final LocalDate THIRD = LocalDate.of(2025, 6, 10);

    @Autowired MesaFixtures mesaFixtures;
    @Autowired MesaMinutes minutes;
    @Autowired MinutesViews minutesViews;
    @Autowired MesaAgreements agreements;
    @Autowired MesaSessions sessions;
    @Autowired Agreements agreementRepository;
    @Autowired MesaSetup setup;
    @Autowired JdbcClient jdbc;
    /** Today where the Mesas are (the application's clock), not where the build runs. */
    @Autowired java.time.Clock clock;

    private MesaSession reload(MesaSession session) {
        return sessions.findById(session.id()).orElseThrow();
    }

    /** The agreement's version as its page shows it now (every change names the version it read). */
    private long version(Agreement agreement) {
        return agreementRepository.findById(agreement.id()).orElseThrow().version();
    }

    private static UUID item(MesaSession session, AgendaItemKind kind) {
        return session.itemOfKind(kind).orElseThrow().id();
    }

    @Test
    void minutesAreWrittenCirculatedAndApprovedOnceAtTheNextSessionThenNeverChange() {
        MesaWorld w = mesaFixtures.world();
        MesaSession first = mesaFixtures.session(w, FIRST);
        MesaSession second = mesaFixtures.session(w, SECOND);
        UUID welcome = item(first, AgendaItemKind.WELCOME);

        first = minutes.write(w.coFacilitator(), w.mesaId(), first.id(), first.version(), welcome,
                "Se da la bienvenida a la señora Núñez del CESFAM.", "Se acuerda sesionar el segundo martes.");
        assertThatThrownBy(() -> minutes.write(w.coFacilitator(), w.mesaId(), second.id(), second.version() + 3,
                item(second, AgendaItemKind.WELCOME), "x", null))
                .isInstanceOf(Versions.Stale.class);
        assertThatThrownBy(() -> minutes.write(w.member(), w.mesaId(), second.id(), second.version(),
                item(second, AgendaItemKind.WELCOME), "x", null)).isInstanceOf(AccessDenied.class);
        MesaSession coming = mesaFixtures.session(w, LocalDate.now(clock).plusDays(10));
        assertThatThrownBy(() -> minutes.circulate(w.coFacilitator(), w.mesaId(), coming.id(), coming.version()))
                .isInstanceOf(MesaRuleViolation.class).hasMessage("mesas.error.minutesOfUnheldSession");

        first = minutes.markHeld(w.coFacilitator(), w.mesaId(), first.id(), first.version());
        first = minutes.circulate(w.coFacilitator(), w.mesaId(), first.id(), first.version());
        assertThat(first.minutesStatus()).isEqualTo(MinutesStatus.CIRCULATED);
        // Corrections remain possible while circulated.
        first = minutes.write(w.edtCoFacilitator(), w.mesaId(), first.id(), first.version(), welcome,
                "Se da la bienvenida a la señora Núñez del CESFAM Ñuble.", "Se acuerda sesionar el segundo martes.");

        MinutesViews.Minutes atSecond = minutesViews.minutes(w.coFacilitator(), w.mesaId(), second.id());
        assertThat(atSecond.previous().number()).isEqualTo(first.number());

        long circulated = reload(first).version();
        assertThatThrownBy(() -> minutes.approvePrevious(w.coFacilitator(), w.mesaId(), second.id(), circulated,
                "La Mesa", null))
                .isInstanceOf(MesaRuleViolation.class)
                .satisfies(e -> assertThat(((MesaRuleViolation) e).status()).isEqualTo(HttpStatus.CONFLICT))
                .hasMessage("mesaminutes.error.approveBeforeAttendance");
        mesaFixtures.attend(w, second);
        first = reload(first);
        minutes.approvePrevious(w.coFacilitator(), w.mesaId(), second.id(), first.version(),
                "Integrantes presentes en la sesión N° 2, por consenso", "Se corrige el nombre del CESFAM.");
        MesaSession approved = reload(first);
        assertThat(approved.minutesStatus()).isEqualTo(MinutesStatus.APPROVED);
        assertThat(approved.minutesApprovedIn()).isEqualTo(second.id());
        assertThat(approved.minutesApprovedOn()).isEqualTo(SECOND);
        assertThat(minutesViews.minutes(w.coFacilitator(), w.mesaId(), second.id()).previous()).isNull();

        assertThatThrownBy(() -> minutes.approvePrevious(w.coFacilitator(), w.mesaId(), second.id(), approved.version(),
                "La Mesa", null))
                .isInstanceOf(MesaRuleViolation.class)
                .satisfies(e -> assertThat(((MesaRuleViolation) e).status()).isEqualTo(HttpStatus.CONFLICT))
                .hasMessage("mesas.error.minutesAlreadyApproved");
        assertThatThrownBy(() -> minutes.write(w.coFacilitator(), w.mesaId(), approved.id(), approved.version(),
                welcome, "Otro texto", null))
                .isInstanceOf(MesaRuleViolation.class)
                .satisfies(e -> assertThat(((MesaRuleViolation) e).status()).isEqualTo(HttpStatus.CONFLICT));
        assertThat(jdbc.sql("select notes from mesa_agenda_item where id = ?").param(welcome).query(String.class).single())
                .isEqualTo("Se da la bienvenida a la señora Núñez del CESFAM Ñuble.");
        assertThat(jdbc.sql("select count(*) from audit_event where subject_id = ? and subject_type = 'MESA_SESSION'")
                .param(first.id()).query(Long.class).single()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void closingAnAgreementWithoutANoteIsRefusedAndNothingIsSavedAndOverdueDaysAreCounted() {
        MesaWorld w = mesaFixtures.world();
        MesaSession first = mesaFixtures.session(w, FIRST);
        Agreement agreement = agreements.agree(w.coFacilitator(), w.mesaId(), first.id(),
                item(first, AgendaItemKind.CHILDREN_TOPICS),
                new Agreement.Terms("Coordinar con el CESFAM la atención en salud mental", w.pieMember(), "Pía Paredes",
                        LocalDate.of(2025, 4, 30)));

        assertThatThrownBy(() -> agreements.update(w.member(), w.mesaId(), agreement.id(), agreement.version(),
                AgreementStatus.DONE, "  ", null, null))
                .isInstanceOf(MesaRuleViolation.class)
                .satisfies(e -> {
                    assertThat(((MesaRuleViolation) e).status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                    assertThat(((MesaRuleViolation) e).field()).isEqualTo("note");
                });
        Agreement unchanged = agreementRepository.findById(agreement.id()).orElseThrow();
        assertThat(unchanged.status()).isEqualTo(AgreementStatus.OPEN);
        assertThat(jdbc.sql("select count(*) from mesa_agreement_event where agreement_id = ?").param(agreement.id())
                .query(Long.class).single()).isEqualTo(1);

        AgreementRow row = agreements.list(w.coFacilitator(), w.mesaId(), AgreementFilter.all(), 0).getContent().get(0);
        assertThat(row.overdue()).isTrue();
        assertThat(row.daysOverdue()).isEqualTo(ChronoUnit.DAYS.between(LocalDate.of(2025, 4, 30), LocalDate.now(clock)));

        agreements.update(w.member(), w.mesaId(), agreement.id(), unchanged.version(), AgreementStatus.DONE,
                "Hora tomada para el 2 de mayo.", LocalDate.of(2025, 5, 1), null);
        AgreementRow closed = agreements.list(w.coFacilitator(), w.mesaId(), AgreementFilter.all(), 0).getContent().get(0);
        assertThat(closed.overdue()).isFalse();
        assertThat(closed.closingNote()).isEqualTo("Hora tomada para el 2 de mayo.");
        assertThat(agreements.list(w.coFacilitator(), w.mesaId(), new AgreementFilter("ACTIVE", null, null), 0))
                .isEmpty();
        long done = version(agreement);
        assertThatThrownBy(() -> agreements.update(w.coFacilitator(), w.mesaId(), agreement.id(), done,
                AgreementStatus.OPEN, null, null, null))
                .isInstanceOf(MesaRuleViolation.class).hasMessage("mesas.error.agreementClosed");
    }

    @Test
    void anOpenAgreementIsCarriedToEverySessionUntilClosedAndItsReviewsAreKept() {
        MesaWorld w = mesaFixtures.world();
        MesaSession first = mesaFixtures.session(w, FIRST);
        MesaSession second = mesaFixtures.session(w, SECOND);
        MesaSession third = mesaFixtures.session(w, THIRD);
        Agreement agreement = agreements.agree(w.coFacilitator(), w.mesaId(), first.id(), null,
                new Agreement.Terms("Invitar a Educación a la próxima sesión", w.opdMember(), null, null));

        assertThat(minutesViews.minutes(w.coFacilitator(), w.mesaId(), first.id()).toReview()).isEmpty();
        assertThat(minutesViews.minutes(w.coFacilitator(), w.mesaId(), first.id()).agreed())
                .extracting(AgreementRow::id).containsExactly(agreement.id());
        agreements.update(w.coFacilitator(), w.mesaId(), agreement.id(), agreement.version(), AgreementStatus.OPEN,
                "Se envió la invitación; falta confirmar.", null, second.id());
        assertThat(minutesViews.minutes(w.coFacilitator(), w.mesaId(), third.id()).toReview())
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.id()).isEqualTo(agreement.id());
                    assertThat(row.lastReviewedAt()).isEqualTo(second.number());
                });
        agreements.update(w.coFacilitator(), w.mesaId(), agreement.id(), version(agreement), AgreementStatus.CANCELLED,
                "Educación se incorporó como integrante permanente.", null, third.id());
        // Closed at the third session: its minutes keep it, later ones no longer carry it.
        assertThat(minutesViews.minutes(w.coFacilitator(), w.mesaId(), third.id()).toReview())
                .extracting(AgreementRow::status).containsExactly(AgreementStatus.CANCELLED);
        MesaSession fourth = mesaFixtures.session(w, THIRD.plusMonths(1));
        assertThat(minutesViews.minutes(w.coFacilitator(), w.mesaId(), fourth.id()).toReview()).isEmpty();
        assertThat(agreements.details(w.member(), w.mesaId(), agreement.id()).history())
                .extracting(AgreementHistoryLine::sessionNumber)
                .containsExactly(first.number(), second.number(), third.number());
        assertThat(agreementRepository.findById(agreement.id()).orElseThrow().closedOn()).isEqualTo(THIRD);
    }

    @Test
    void aMemberUpdatesWhatItsInstitutionAnswersForButNotOthersAndSeesThemAcrossMesas() {
        MesaWorld a = mesaFixtures.world();
        MesaWorld b = mesaFixtures.world();
        // The PIE of Mesa A also sits at Mesa B, and another program of its institution too.
        MesaMember pieAtB = setup.join(b.admin(), b.mesaId(), MesaMember.Identity.program(a.pie(), "PIE (comuna vecina)"),
                Participation.OCCASIONAL, false, MesaFixtures.FOUNDED, null);
        UUID sibling = UUID.randomUUID();
        jdbc.sql("""
                        insert into program (id, institution_id, modality_code, name, comuna_code, agreed_capacity,
                                             has_support_professional)
                        select ?, institution_id, 'PRM', 'PRM hermano', ?, 30, false from program where id = ?""")
                .params(sibling, b.comunaCode(), a.pie()).update();
        MesaMember siblingAtB = setup.join(b.admin(), b.mesaId(), MesaMember.Identity.program(sibling, "PRM hermano"),
                Participation.PERMANENT, false, MesaFixtures.FOUNDED, null);
        MesaSession atA = mesaFixtures.session(a, FIRST);
        MesaSession atB = mesaFixtures.session(b, SECOND);
        Agreement own = agreements.agree(a.coFacilitator(), a.mesaId(), atA.id(), null,
                new Agreement.Terms("Enviar el flujo de derivación del PIE", a.pieMember(), null, LocalDate.of(2025, 5, 1)));
        Agreement other = agreements.agree(a.coFacilitator(), a.mesaId(), atA.id(), null,
                new Agreement.Terms("Actualizar el mapa de actores", a.opdMember(), null, null));
        Agreement atMesaB = agreements.agree(b.coFacilitator(), b.mesaId(), atB.id(), null,
                new Agreement.Terms("Presentar la oferta del PIE", pieAtB.id(), null, null));
        Agreement siblings = agreements.agree(b.coFacilitator(), b.mesaId(), atB.id(), null,
                new Agreement.Terms("Informar cupos del PRM", siblingAtB.id(), null, null));

        agreements.update(a.member(), a.mesaId(), own.id(), own.version(), AgreementStatus.IN_PROGRESS, "Borrador listo.",
                null, null);
        assertThatThrownBy(() -> agreements.update(a.member(), a.mesaId(), other.id(), other.version(),
                AgreementStatus.IN_PROGRESS, "x", null, null)).isInstanceOf(AccessDenied.class);
        long inProgress = version(own);
        assertThatThrownBy(() -> agreements.update(a.memberReadOnly(), a.mesaId(), own.id(), inProgress,
                AgreementStatus.OPEN, "x", null, null)).isInstanceOf(AccessDenied.class);

        MesaAgreements.Mine mine = agreements.mine(a.member(), AgreementFilter.all(), 0);
        assertThat(mine.agreements().getContent()).extracting(AgreementRow::id)
                .containsExactlyInAnyOrder(own.id(), atMesaB.id(), siblings.id())
                .doesNotContain(other.id());
        assertThat(mine.agreements().getContent().get(0).id()).isEqualTo(own.id()); // overdue first
        assertThat(mine.agreements().getContent()).extracting(AgreementRow::mesaName).contains(
                jdbc.sql("select name from mesa where id = ?").param(b.mesaId()).query(String.class).single());
        assertThat(mine.updatable()).contains(own.id(), atMesaB.id()).doesNotContain(siblings.id());
        assertThat(agreements.mine(a.outsider(), AgreementFilter.all(), 0).agreements()).isEmpty();
    }

    @Test
    void thePdfSaysWhatTheMinutesSayInSpanishWithTheApprovalAndNoRut() {
        MesaWorld w = mesaFixtures.world();
        MesaSession first = mesaFixtures.session(w, FIRST);
        MesaSession second = mesaFixtures.session(w, SECOND);
        first = minutes.write(w.coFacilitator(), w.mesaId(), first.id(), first.version(),
                item(first, AgendaItemKind.TRAINING), "Capacitación sobre vulneración de derechos y niñez: "
                        + "exposición de la señora Ñúñez.", null);
        agreements.agree(w.coFacilitator(), w.mesaId(), first.id(), item(first, AgendaItemKind.TRAINING),
                new Agreement.Terms("Difundir la guía de derivación en los jardines", w.healthMember(), "Sergio Salas",
                        LocalDate.of(2025, 6, 30)));
        first = minutes.markHeld(w.coFacilitator(), w.mesaId(), first.id(), first.version());
        first = minutes.circulate(w.coFacilitator(), w.mesaId(), first.id(), first.version());
        mesaFixtures.attend(w, second);
        minutes.approvePrevious(w.coFacilitator(), w.mesaId(), second.id(), reload(first).version(),
                "Integrantes presentes en la sesión N° 2, por consenso", null);

        MinutesViews.Pdf pdf = minutesViews.pdf(w.member(), w.mesaId(), first.id());
        PdfText text = PdfText.of(pdf.content());
        String flat = text.text().replaceAll("\\s+", " ");
        String comuna = jdbc.sql("select name from comuna where code = ?").param(w.comunaCode()).query(String.class).single();
        assertThat(text.isA4()).isTrue();
        assertThat(flat).contains("Acta Sesión N° " + first.number() + " – Mesa de Gestión de Casos de " + comuna)
                .contains("8 de abril de 2025")
                .contains("exposición de la señora Ñúñez")
                .contains("Difundir la guía de derivación en los jardines")
                .contains("Aprobada en la sesión N° " + second.number() + " del 13 de mayo de 2025")
                .contains("Próxima sesión", "Asistencia");
        assertThat(flat).doesNotContainPattern(RutShapes.REGEX);
        assertThat(jdbc.sql("select count(*) from audit_event where subject_id = ? and action = 'VIEWED'")
                .param(first.id()).query(Long.class).single()).isEqualTo(1);
    }
}
