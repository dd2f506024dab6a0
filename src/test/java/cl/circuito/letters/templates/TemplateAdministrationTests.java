package cl.circuito.letters.templates;

import cl.circuito.shared.DomainException;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.documents.PaperSize;
import cl.circuito.shared.security.AccessDenied;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import cl.circuito.testing.PdfText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CircuitoTest
class TemplateAdministrationTests {

    @Autowired TemplateAdministration templates;
    @Autowired LetterheadAdministration letterheads;
    @Autowired LetterTemplates effective;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    Actor admin;
    UUID institution;

    @BeforeEach
    void setUp() {
        admin = fixtures.user(Role.ADMIN, Set.of());
        institution = institution(jdbc);
    }

    static UUID institution(JdbcClient jdbc) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into institution (id, name) values (?, ?)").params(id, "Fundación Ñandú " + Fixtures.next() + "-" + UUID.randomUUID().toString().substring(0, 6))
                .update();
        return id;
    }

    @Test
    void anInstitutionStartsWithTheSevenDefaultTexts() {
        List<TemplateView> all = templates.templates(admin, institution);

        assertThat(all).extracting(TemplateView::kind).containsExactly(TemplateKind.values());
        assertThat(all).allSatisfy(t -> {
            assertThat(t.own()).isFalse();
            assertThat(t.version()).isNull();
            assertThat(t.body()).isNotBlank();
        });
        assertThat(all.get(0).fields()).contains(TemplateField.MOTIVO).doesNotContain(TemplateField.FECHA_INGRESO);
    }

    @Test
    void theFirstRevisionMakesTheInstitutionsOwnCopyAndLeavesTheDefaultAlone() {
        String defaultBody = effective.effective(TemplateKind.EFFECTIVE_ADMISSION, null).body();

        TemplateView own = templates.revise(admin, institution, TemplateKind.EFFECTIVE_ADMISSION, null,
                "Informa ingreso de {{nna_nombre}}", "Informo que {{nna_nombre}} ingresó el {{fecha_ingreso}}.");

        assertThat(own.own()).isTrue();
        assertThat(own.version()).isNotNull();
        assertThat(effective.effective(TemplateKind.EFFECTIVE_ADMISSION, institution).body())
                .isEqualTo("Informo que {{nna_nombre}} ingresó el {{fecha_ingreso}}.");
        assertThat(effective.effective(TemplateKind.EFFECTIVE_ADMISSION, null).body()).isEqualTo(defaultBody);
        assertThat(audits("lettertemplates.audit.revised")).isEqualTo(1);

        TemplateView again = templates.revise(admin, institution, TemplateKind.EFFECTIVE_ADMISSION, own.version(),
                "Ingreso efectivo", "Texto nuevo de {{programa}}.");
        assertThat(again.subject()).isEqualTo("Ingreso efectivo");
        assertThat(again.version()).isGreaterThan(own.version());
    }

    @Test
    void aFieldTheKindMayNotUseIsRefusedNamingIt() {
        assertThatThrownBy(() -> templates.revise(admin, institution, TemplateKind.NOT_ELIGIBLE, null, "Materia",
                "El NNA ingresó el {{fecha_ingreso}} y {{nombre_inventado}}."))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                    assertThat(e.field()).isEqualTo("body");
                    assertThat(e.messageKey()).isEqualTo("letters.error.template.unknownField");
                    assertThat(e.arguments()).containsExactly("{{fecha_ingreso}}, {{nombre_inventado}}");
                });
        assertThat(templates.template(admin, institution, TemplateKind.NOT_ELIGIBLE).own()).isFalse();
    }

    @Test
    void anEmptyOrTooLongSubjectIsRefusedOnTheSubject() {
        assertThatThrownBy(() -> templates.revise(admin, institution, TemplateKind.ESTIMATED_DATE, null, " ", "Texto"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("subject"));
        assertThatThrownBy(() -> templates.revise(admin, institution, TemplateKind.ESTIMATED_DATE, null,
                "M".repeat(301), "Texto"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("subject");
                    assertThat(e.messageKey()).isEqualTo("lettertemplates.error.tooLong");
                });
    }

    @Test
    void restoringTheDefaultDeletesTheOwnText() {
        TemplateView own = templates.revise(admin, institution, TemplateKind.PROTECTION_CHANGE, null, "Propia",
                "Texto propio de {{nna_nombre}}.");

        TemplateView restored = templates.restoreDefault(admin, institution, TemplateKind.PROTECTION_CHANGE,
                own.version());

        assertThat(restored.own()).isFalse();
        assertThat(restored.subject()).isEqualTo(effective.effective(TemplateKind.PROTECTION_CHANGE, null).subject());
        assertThat(templates.template(admin, institution, TemplateKind.PROTECTION_CHANGE).own()).isFalse();
        assertThat(audits("lettertemplates.audit.restored")).isEqualTo(1);
        // A second restore finds nothing to delete and changes nothing.
        assertThat(templates.restoreDefault(admin, institution, TemplateKind.PROTECTION_CHANGE, null).own()).isFalse();
        assertThat(audits("lettertemplates.audit.restored")).isEqualTo(1);
    }

    @Test
    void aStaleVersionIsAConflict() {
        TemplateView own = templates.revise(admin, institution, TemplateKind.JUDICIAL_REQUEST, null, "Primera",
                "Texto de {{nna_nombre}}.");
        templates.revise(admin, institution, TemplateKind.JUDICIAL_REQUEST, own.version(), "Segunda", "Otro texto.");

        assertConflict(() -> templates.revise(admin, institution, TemplateKind.JUDICIAL_REQUEST, own.version(),
                "Tercera", "Texto."));
        // Someone else made the own copy while this admin edited the default: her change names no version of
        // the copy now saved, and is refused like any change without one; nothing is saved.
        assertThatThrownBy(() -> templates.revise(admin, institution, TemplateKind.JUDICIAL_REQUEST, null, "Tercera",
                "Texto.")).isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                    assertThat(e.field()).isEqualTo("version");
                });
        assertConflict(() -> templates.restoreDefault(admin, institution, TemplateKind.JUDICIAL_REQUEST,
                own.version()));
        assertThat(templates.template(admin, institution, TemplateKind.JUDICIAL_REQUEST).subject()).isEqualTo("Segunda");
    }

    @Test
    void thePreviewFillsFictionalValuesAndMarksFieldsTheKindMayNotUse() {
        TemplatePreview preview = templates.preview(admin, institution, TemplateKind.ESTIMATED_DATE,
                "Fecha de {{nna_nombre}}", null, "Hola {{nna_nombre}}, ingreso {{fecha_ingreso}}.\n\nSegundo párrafo.",
                null);

        assertThat(preview.subject()).extracting(TemplatePreview.Segment::text)
                .containsExactly("Fecha de ", TemplateSamples.CHILD);
        assertThat(preview.paragraphs()).hasSize(2);
        assertThat(preview.paragraphs().get(0).get(0)).extracting(TemplatePreview.Segment::kind).containsExactly(
                TemplatePreview.SegmentKind.TEXT, TemplatePreview.SegmentKind.FILLED, TemplatePreview.SegmentKind.TEXT,
                TemplatePreview.SegmentKind.NOT_USABLE, TemplatePreview.SegmentKind.TEXT);
        assertThat(preview.notUsable()).containsExactly("{{fecha_ingreso}}");
    }

    @Test
    void thePdfPreviewPrintsTheSampleLetterOnTheInstitutionsLetterhead() {
        letterheads.describe(admin, institution, null, "Avenida O'Higgins 1550, Chillán\nFono 42 221 0000",
                "www.ñandú-ficticia.cl");

        byte[] pdf = templates.previewPdf(admin, institution, TemplateKind.NOT_ELIGIBLE,
                "Informa que {{nna_nombre}} no es sujeto de atención", null,
                "Informo que {{nna_nombre}}, RUT {{nna_rut}}, no es sujeto de atención del {{programa}}.\n\n"
                        + "Se sugiere {{programa_pertinente}}.", null, PaperSize.LETTER);

        PdfText text = PdfText.of(pdf);
        assertThat(text.text())
                .contains("Martina Ñancupil Órdenes")
                .contains("RUT 12.345.678-5")
                .contains("PRM Los Álamos")
                .contains("Se sugiere PDC Biobío.")
                .contains("Avenida O'Higgins 1550, Chillán")
                .contains("www.ñandú-ficticia.cl")
                .contains("Señor(a) Juez(a), Juzgado de Familia de Concepción")
                .contains("BORRADOR — sin número")
                .doesNotContain("Oficio N°");
        assertThat(text.isLetter()).isTrue();
    }

    @Test
    void theDefaultEstimateLetterPreviewStatesTheRangeAndItsBasis() {
        // V54 gave the network's default the range; the preview fills it with a fictional observed estimate.
        TemplateView estimate = templates.template(admin, institution, TemplateKind.ESTIMATED_DATE);
        assertThat(estimate.body()).contains("{{estimacion_certeza}}");

        TemplatePreview preview = templates.preview(admin, institution, TemplateKind.ESTIMATED_DATE, estimate.subject(),
                estimate.salutation(), estimate.body(), estimate.closing());

        String text = preview.paragraphs().stream().flatMap(java.util.List::stream).flatMap(java.util.List::stream)
                .map(TemplatePreview.Segment::text).collect(java.util.stream.Collectors.joining());
        assertThat(text).contains("Con un 90 % de probabilidad, ingresará a más tardar el ")
                .contains("Esta estimación se basa en los 9 egresos del programa en los últimos 6 meses.");
        assertThat(preview.notUsable()).isEmpty();
    }

    @Test
    void theListLetterPreviewTablesFictionalChildren() {
        TemplateView list = templates.template(admin, institution, TemplateKind.ESTIMATED_DATES_LIST);

        PdfText text = PdfText.of(templates.previewPdf(admin, institution, TemplateKind.ESTIMATED_DATES_LIST,
                list.subject(), list.salutation(), list.body(), list.closing(), null));

        assertThat(text.text()).contains("Sofía Muñoz Ávila").contains("Benjamín Ñúñez Lagos").contains("los 3 niños, niñas y adolescentes");
        assertThat(text.isA4()).isTrue();
    }

    @Test
    void onlyTheAdministratorManagesTemplatesAndAMissingInstitutionIsNotFound() {
        UUID program = fixtures.program("PRM", "08101");
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));

        assertThatThrownBy(() -> templates.templates(director, institution)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> templates.revise(director, institution, TemplateKind.NOT_ELIGIBLE, null, "M", "T"))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> templates.templates(admin, UUID.randomUUID())).isInstanceOf(NotFound.class);
    }

    @Test
    void theInstitutionsListCountsOwnTemplatesAndTheLetterhead() {
        templates.revise(admin, institution, TemplateKind.ESTIMATED_DATE, null, "Propia", "Texto.");
        templates.revise(admin, institution, TemplateKind.EFFECTIVE_ADMISSION, null, "Propia", "Texto.");
        letterheads.describe(admin, institution, null, "Calle 1", null);
        String name = templates.institutionName(admin, institution);

        var page = templates.institutions(admin, name, org.springframework.data.domain.PageRequest.of(0, 25));

        assertThat(page.getContent()).singleElement().satisfies(row -> {
            assertThat(row.ownTemplates()).isEqualTo(2);
            assertThat(row.hasLetterhead()).isTrue();
            assertThat(row.hasLogo()).isFalse();
        });
    }

    private void assertConflict(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT));
    }

    private long audits(String what) {
        return jdbc.sql("select count(*) from audit_event where subject_id = ? and what = ?")
                .params(institution, what).query(Long.class).single();
    }

}
