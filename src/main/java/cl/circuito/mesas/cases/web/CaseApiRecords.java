package cl.circuito.mesas.cases.web;

import cl.circuito.mesas.agreements.AgreementStatus;
import cl.circuito.mesas.CaseCriterion;
import cl.circuito.mesas.cases.CaseFormats;
import cl.circuito.mesas.cases.CaseReviewing;
import cl.circuito.mesas.cases.CaseSex;
import cl.circuito.mesas.cases.CaseStatus;
import cl.circuito.mesas.cases.CaseViews;
import cl.circuito.mesas.cases.PresentationFormat;
import cl.circuito.mesas.cases.PresentationSection;
import cl.circuito.shared.validation.NoRut;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The case reviews' API answers, and the bodies whose page keeps a form of its own ({@link CaseForms}) or that no page
 * reads (opening a case on its own), mapped by hand; what else the API reads is in {@link CaseInputs}. A child is
 * initials and age: never a name or RUT.
 */
final class CaseApiRecords {

    private static final String DISPOSED = "Caso eliminado al término del período de conservación que decidió la Mesa: "
            + "sus iniciales (solo una marca), textos y respuestas se borraron; quedan la edad, el criterio, las fechas y "
            + "los acuerdos";

    private CaseApiRecords() {
    }

    record CaseBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Integrante actual de la Mesa que presenta") UUID presentingMemberId,
            @Schema(description = "Opcional: un NNA en lista de espera o atendido por el programa que presenta (solo sus usuarios); "
                    + "las iniciales y la edad se calculan de su ficha") UUID childId,
            @Schema(description = "2 a 4 letras con o sin puntos; nunca el nombre ni el RUT", example = "R. P. S.") String initials,
            @Schema(description = "Años, de 0 a 17") Integer age,
            CaseSex sex) {

        CaseReviewing.CaseDraft draft() {
            return new CaseReviewing.CaseDraft(presentingMemberId, childId, initials, age, sex);
        }
    }

    record StrategyBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NoRut String text,
                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID responsibleMemberId,
                        @NoRut String responsiblePerson, LocalDate dueOn) {
    }

    record ReviewBody(
            @Schema(description = "Seguimiento de un caso abierto de la Mesa; null para un caso nuevo (newCase)") UUID caseId,
            CaseBody newCase,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) CaseCriterion criterion,
            @Schema(description = "Respuestas por id de sección del formato en uso (GET presentation-formats)") Map<UUID, @NoRut String> answers,
            @NoRut String discussion,
            @Schema(description = "Cada estrategia queda como acuerdo de la Mesa") List<@Valid StrategyBody> strategies) {

        CaseReviewing.ReviewDraft draft() {
            return new CaseReviewing.ReviewDraft(caseId, newCase == null ? null : newCase.draft(), criterion, answers,
                    discussion, strategies == null ? List.of() : strategies.stream()
                    .map(s -> new CaseReviewing.Strategy(s.text(), s.responsibleMemberId(), s.responsiblePerson(), s.dueOn()))
                    .toList());
        }
    }

    @Schema(name = "MesaCaseRowResponse")
    record CaseRowResponse(UUID id, String initials, int age, CaseSex sex, CaseStatus status, UUID presentingMemberId,
                           String presentingMemberName, int reviews, LocalDate lastReviewOn, List<CaseCriterion> criteria,
                           int openStrategies,
                           @Schema(description = DISPOSED) boolean disposed) {

        static CaseRowResponse of(CaseViews.CaseRow row) {
            return new CaseRowResponse(row.id(), row.initials(), row.age(), row.sex(), row.status(),
                    row.presentingMemberId(), row.memberName(), row.reviews(), row.lastReviewOn(), row.criteria(),
                    row.openStrategies(), row.disposed());
        }
    }

    record CasePage(List<CaseRowResponse> items, int page, int size, long totalItems, int totalPages) {

        static CasePage of(Page<CaseViews.CaseRow> rows) {
            return new CasePage(rows.map(CaseRowResponse::of).getContent(), rows.getNumber(), rows.getSize(),
                    rows.getTotalElements(), rows.getTotalPages());
        }
    }

    record CriterionCountResponse(CaseCriterion criterion, int reviews, int cases) {
    }

    record CountsResponse(int openCases, int closedCases, int reviews, List<CriterionCountResponse> byCriterion) {

        static CountsResponse of(CaseViews.Counts counts) {
            return new CountsResponse(counts.openCases(), counts.closedCases(), counts.reviews(), counts.byCriterion()
                    .stream().map(c -> new CriterionCountResponse(c.criterion(), c.reviews(), c.cases())).toList());
        }
    }

    record SectionResponse(String label, String content, boolean question) {
    }

    record StrategyResponse(@Schema(description = "El acuerdo de la Mesa") UUID agreementId, String text,
                            UUID responsibleMemberId, String responsibleMemberName, String responsiblePerson,
                            LocalDate dueOn, AgreementStatus status, boolean overdue) {
    }

    record ReviewResponse(UUID id, UUID caseId, String initials, int age, String presentingMemberName, int number,
                          UUID sessionId, int sessionNumber, LocalDate heldOn, CaseCriterion criterion, String formatName,
                          List<SectionResponse> sections, String question, String discussion,
                          List<StrategyResponse> strategies, @Schema(description = DISPOSED) boolean disposed) {

        static ReviewResponse of(CaseViews.ReviewView r) {
            return new ReviewResponse(r.id(), r.caseId(), r.initials(), r.age(), r.memberName(), r.number(),
                    r.sessionId(), r.sessionNumber(), r.heldOn(), r.criterion(), r.formatName(),
                    r.sections().stream().map(s -> new SectionResponse(s.label(), s.content(), s.question())).toList(),
                    r.question(), r.discussion(),
                    r.strategies().stream().map(s -> new StrategyResponse(s.agreementId(), s.text(),
                            s.responsibleMemberId(), s.memberName(), s.person(), s.dueOn(), s.status(), s.overdue())).toList(),
                    r.disposed());
        }
    }

    record CaseResponse(UUID id, @Schema(description = "A enviar al cerrar el caso") long version, String initials,
                        int age, CaseSex sex, CaseStatus status, LocalDate closedOn, String closingNote,
                        UUID presentingMemberId, String presentingMemberName,
                        @Schema(description = "Historial de análisis, del primero al último") List<ReviewResponse> reviews,
                        @Schema(description = "Fecha en que el caso se eliminó al término de su conservación; " + DISPOSED)
                        LocalDate disposedOn) {

        static CaseResponse of(CaseViews.CaseView c) {
            return new CaseResponse(c.id(), c.version(), c.initials(), c.age(), c.sex(), c.status(), c.closedOn(),
                    c.closingNote(), c.presentingMemberId(), c.memberName(),
                    c.reviews().stream().map(ReviewResponse::of).toList(), c.disposedOn());
        }
    }

    record SessionReviewsResponse(UUID sessionId, int sessionNumber, LocalDate heldOn,
                                  @Schema(description = "false cuando el acta está aprobada") boolean reviewable,
                                  List<ReviewResponse> reviews) {

        static SessionReviewsResponse of(CaseViews.SessionReviews s) {
            return new SessionReviewsResponse(s.sessionId(), s.sessionNumber(), s.heldOn(), s.reviewable(),
                    s.reviews().stream().map(ReviewResponse::of).toList());
        }
    }

    record FormatSectionResponse(UUID id, String label, String help, boolean required, boolean question) {

        static FormatSectionResponse of(PresentationSection s) {
            return new FormatSectionResponse(s.id(), s.label(), s.help(), s.required(), s.question());
        }
    }

    record FormatResponse(UUID id, long version, String name, boolean national, List<FormatSectionResponse> sections) {

        static FormatResponse of(PresentationFormat f) {
            return new FormatResponse(f.id(), f.version(), f.name(), f.national(),
                    f.sections().stream().map(FormatSectionResponse::of).toList());
        }
    }

    record FormatsResponse(@Schema(description = "El formato con que se presentan los próximos casos") UUID chosenId,
                           @Schema(description = "Versión de la elección; vacía mientras la Mesa usa el formato nacional por defecto") Long version,
                           List<FormatResponse> formats) {

        static FormatsResponse of(CaseFormats.Choice choice) {
            return new FormatsResponse(choice.chosenId(), choice.version(),
                    choice.formats().stream().map(FormatResponse::of).toList());
        }
    }

    record SectionBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) @NoRut String label,
                       @Schema(maxLength = 1000) @NoRut String help, Boolean required,
                       @Schema(description = "Exactamente una sección es la pregunta a la Mesa") Boolean question) {
    }

    record FormatBody(Long version, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NoRut String name,
                      @Schema(description = "En el orden en que se presentan") List<@Valid SectionBody> sections) {

        List<PresentationFormat.SectionDraft> drafts() {
            return sections == null ? List.of() : sections.stream()
                    .map(s -> new PresentationFormat.SectionDraft(s.label(), s.help(), Boolean.TRUE.equals(s.required()),
                            Boolean.TRUE.equals(s.question()))).toList();
        }
    }
}
