package cl.circuito.implementation.report;

import cl.circuito.implementation.reflections.ReflectionAspect;
import cl.circuito.implementation.reflections.ReflectionView;
import cl.circuito.implementation.scorecards.Indicator;
import cl.circuito.implementation.scorecards.IndicatorKind;
import cl.circuito.implementation.scorecards.Mark;
import cl.circuito.implementation.scorecards.MesaScorecard;
import cl.circuito.implementation.scorecards.ReportScope;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's words from hand-built scorecards, with the real message bundles; and the same words in the DOCX. */
class ReportComposerTests {

    static final ResourceBundleMessageSource BUNDLES = new ResourceBundleMessageSource();

    static {
        BUNDLES.setBasenames("i18n/reflections", "i18n/implementation", "i18n/mesas/mesa", "i18n/mesas/cases",
                "i18n/mesas/members");
        BUNDLES.setDefaultEncoding("UTF-8");
        BUNDLES.setFallbackToSystemLocale(false);
    }

    final ReportComposer composer = new ReportComposer((key, args) ->
            BUNDLES.getMessage(key, args, Locale.forLanguageTag("es-CL")));

    static MesaScorecard card(String name, String comuna, Mark sessionsMark, Mark plan) {
        UUID id = UUID.nameUUIDFromBytes(name.getBytes());
        List<Indicator> indicators = new ArrayList<>();
        for (IndicatorKind kind : IndicatorKind.values()) {
            switch (kind) {
                case SESSIONS_HELD -> indicators.add(new Indicator(kind, 83.3, 10, 12, sessionsMark));
                case CO_LEADERSHIP -> indicators.add(new Indicator(kind, 2.0, null, null, Mark.GREEN));
                case PLAN_PROGRESS -> indicators.add(new Indicator(kind, 60.0, 3, 5, plan));
                case PERMANENT_ATTENDANCE -> indicators.add(new Indicator(kind, 88.9, 24, 27, Mark.GREEN));
                case CASE_REVIEWS_PER_SESSION -> indicators.add(new Indicator(kind, 1.5, 15, 10, Mark.GREEN));
                case AGREEMENTS_DONE -> indicators.add(new Indicator(kind, null, 0, 0, Mark.NOT_APPLICABLE));
                default -> indicators.add(new Indicator(kind, 2.0, null, null, Mark.AMBER));
            }
        }
        Map<String, Integer> criteria = new LinkedHashMap<>();
        criteria.put("COMPLEX_SITUATION", 12);
        criteria.put("GOOD_PRACTICE", 3);
        Map<String, Integer> kinds = new LinkedHashMap<>();
        kinds.put("OUTREACH_INSTITUTIONS", 2);
        return new MesaScorecard(new MesaScorecard.Mesa(id, name, "16101", comuna, "16", "Ñuble", "MONTHLY",
                LocalDate.of(2020, 3, 1)), 2026, indicators,
                new MesaScorecard.Profile(List.of("OPD Chillán", "EDT Chillán"), false, List.of("OPD Chillán", "EDT Chillán", "PIE Ñuble"),
                        List.of("CESFAM Los Volcanes"), 10, 12, 15, criteria, kinds, "Plan anual 2026", 7, 1));
    }

    ReportComposer.Input input(List<MesaScorecard> cards, Map<UUID, List<ReflectionView>> reflections) {
        ReportScope nuble = new ReportScope("16", "Ñuble");
        ManagerNoteView notes = new ManagerNoteView(nuble, 2026, 3L, true, "La región acompañó a sus Mesas.",
                "Sesionan con regularidad.", "Se observa rotación.", "Avanzar hacia protocolos.", "Gabriela Gómez",
                Instant.now(), "Gabriela Gómez", Instant.now());
        return new ReportComposer.Input(nuble, 2026, cards, reflections, notes, "Gabriela Gómez", LocalDate.of(2026, 12, 20));
    }

    @Test
    void theReportSaysTheIndicatorsReflectionsAndNotesInSpanishSectionBySection() throws Exception {
        MesaScorecard chillan = card("Mesa de Gestión de Casos de Chillán", "Chillán", Mark.GREEN, Mark.AMBER);
        MesaScorecard sanCarlos = card("Mesa de San Carlos", "San Carlos", Mark.RED, Mark.AMBER);
        ReflectionView reflection = new ReflectionView(UUID.randomUUID(), 0, chillan.mesa().id(), 2026, 1,
                List.of(ReflectionAspect.CIRCUIT_COHESION, ReflectionAspect.PROFESSIONAL_TURNOVER), null, null,
                "La EDT cambió de dupla dos veces.", null, "Olga Orellana", Instant.now(), "Olga Orellana", Instant.now());
        ReportDocument d = composer.compose(input(List.of(chillan, sanCarlos), Map.of(chillan.mesa().id(), List.of(reflection))));

        assertThat(d.title()).isEqualTo("Minuta de seguimiento a la implementación de las Mesas de Gestión de Casos — 2026 — Región de Ñuble");
        assertThat(d.fileBase()).isEqualTo("informe-mgc-2026-nuble");
        assertThat(d.preparedOn()).isEqualTo("20 de diciembre de 2026");
        assertThat(d.presentation()).containsExactly("La región acompañó a sus Mesas.",
                "En Región de Ñuble, este informe comprende 2 Mesas de Gestión de Casos, en 1 comunas: Chillán y San Carlos.");
        ReportDocument.MesaFunctioning first = d.functioning().get(0);
        assertThat(first.heading()).isEqualTo("Mesa de Gestión de Casos de Chillán (comuna de Chillán)");
        assertThat(first.sentences()).contains(
                "Sesiones realizadas: 10 de 12 esperadas según su frecuencia (mensual).",
                "Co-liderazgo: OPD Chillán y EDT Chillán.",
                "Planificación: Plan anual 2026; 3 de 5 actividades realizadas (60 %).",
                "Análisis de casos: 15 en el año (1,5 por sesión); criterios: Situación compleja (12), Buena práctica (3).",
                "Buenas prácticas o casos exitosos analizados: 3.",
                "Protocolos vigentes con otros sectores: 1.");
        assertThat(first.indicators()).extracting(ReportDocument.IndicatorRow::indicator, ReportDocument.IndicatorRow::value,
                        ReportDocument.IndicatorRow::mark)
                .contains(org.assertj.core.groups.Tuple.tuple("Sesiones realizadas", "83,3 % (10 de 12)", "Verde"),
                        org.assertj.core.groups.Tuple.tuple("Co-liderazgo", "OPD y EDT", "Verde"),
                        org.assertj.core.groups.Tuple.tuple("Acuerdos cumplidos", "Sin datos", "Sin datos"),
                        org.assertj.core.groups.Tuple.tuple("Avance de la planificación", "60 % (3 de 5)", "Ámbar"));
        assertThat(d.process().get(0).semesters().get(0).heading()).isEqualTo("Primer semestre de 2026");
        assertThat(d.process().get(0).semesters().get(0).headings())
                .extracting(ReportDocument.HeadingLines::label)
                .containsExactly("Facilitadores intra-mesa", "Riesgos");
        assertThat(d.process().get(1).none()).isEqualTo("La Mesa no registra reflexión semestral para el año.");
        assertThat(d.summary().get(0)).isEqualTo(new ReportDocument.SummaryRow("Sesiones realizadas", 1, 0, 1, 0));
        assertThat(d.summary().get(2)).isEqualTo(new ReportDocument.SummaryRow("Avance de la planificación", 0, 2, 0, 0));

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(ReportDocx.write(d)));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            String text = extractor.getText();
            assertThat(text).contains(d.title(), "Elaborado por", "Gabriela Gómez", "20 de diciembre de 2026",
                    "I. Presentación", "II. Funcionamiento", "III. Proceso", "IV. Conclusiones",
                    "Sesiones realizadas: 10 de 12", "83,3 % (10 de 12)", "Ámbar", "Rotación de profesionales",
                    "La EDT cambió de dupla dos veces.", "Sesionan con regularidad.", "Se observa rotación.",
                    "Avanzar hacia protocolos.", "Buenas prácticas o casos exitosos analizados: 3.");
            assertThat(docx.getTables()).hasSize(1 + 2 + 1);
            assertThat(docx.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");
        }
    }

    @Test
    void aScopeWithoutMesasSaysSoAndTheNationalTitleSaysNacional() {
        ReportComposer.Input in = new ReportComposer.Input(ReportScope.national(), 2026, List.of(), Map.of(),
                ManagerNoteView.empty(ReportScope.national(), 2026, true), "Nicolás Navarro", LocalDate.of(2026, 1, 5));
        ReportDocument d = composer.compose(in);
        assertThat(d.title()).endsWith("— 2026 — Nacional");
        assertThat(d.fileBase()).isEqualTo("informe-mgc-2026-nacional");
        assertThat(d.presentation()).containsExactly("No hay Mesas de Gestión de Casos en funcionamiento en el país durante 2026.");
        assertThat(d.summary()).allSatisfy(r -> assertThat(r.green() + r.amber() + r.red()).isZero());
        assertThat(new ReportScope("13", "Metropolitana de Santiago").label()).isEqualTo("Región Metropolitana de Santiago");
        assertThat(new ReportScope("06", "Libertador General Bernardo O'Higgins").slug()).isEqualTo("libertador-general-bernardo-ohiggins");
    }
}
