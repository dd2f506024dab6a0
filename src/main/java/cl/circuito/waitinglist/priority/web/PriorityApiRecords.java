package cl.circuito.waitinglist.priority.web;

import cl.circuito.shared.validation.NoMarkup;
import cl.circuito.waitinglist.priority.PriorityAnswer;
import cl.circuito.waitinglist.priority.AssessmentView;
import cl.circuito.waitinglist.priority.InstrumentDraft;
import cl.circuito.waitinglist.priority.InstrumentSummary;
import cl.circuito.waitinglist.priority.InstrumentView;
import cl.circuito.waitinglist.priority.PrioritySettingView;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Requests and responses of the priority guide's API, mapped by hand. Choosing and applying the guide take the
 * {@link PriorityInputs} the pages bind too; publishing an instrument and overriding a priority are sent here in a
 * shape the pages' forms cannot share ({@link PriorityForms}).
 */
final class PriorityApiRecords {

    private PriorityApiRecords() {
    }

    record InstrumentSummaryResponse(UUID id, String code, String name, int versionNumber, int defaultCut,
                                     int itemCount, Instant publishedAt, String publishedBy,
                                     @Schema(description = "true: la última versión de este instrumento") boolean latest,
                                     long assessments, long programs) {
        static InstrumentSummaryResponse of(InstrumentSummary s) {
            return new InstrumentSummaryResponse(s.id(), s.code(), s.name(), s.versionNumber(), s.defaultCut(),
                    s.itemCount(), s.publishedAt(), s.publishedByName(), s.latest(), s.assessments(), s.programs());
        }
    }

    record ItemResponse(UUID id, int number, String text) {
    }

    record GroupResponse(int position, String title, List<ItemResponse> items) {
    }

    record InstrumentResponse(UUID id, String code, String name, int versionNumber, int defaultCut, int itemCount,
                              String sourceNote, Instant publishedAt, String publishedBy, boolean latest,
                              List<GroupResponse> groups) {
        static InstrumentResponse of(InstrumentView i) {
            return new InstrumentResponse(i.id(), i.code(), i.name(), i.versionNumber(), i.defaultCut(), i.itemCount(),
                    i.sourceNote(), i.publishedAt(), i.publishedByName(), i.latest(),
                    i.groups().stream().map(g -> new GroupResponse(g.position(), g.title(), g.items().stream()
                            .map(it -> new ItemResponse(it.id(), it.number(), it.text())).toList())).toList());
        }
    }

    @Schema(description = "Un grupo de la pauta con sus descriptores, en orden; se numeran de 1 a n al publicar.")
    record GroupBody(@NotBlank @Size(max = 300) @NoMarkup String title,
                     @NotEmpty List<@NotBlank @Size(max = 2000) String> items) {
    }

    @Schema(description = "Un instrumento nuevo: código (mayúsculas, números, guiones), nombre, corte sugerido y grupos.")
    record PriorityInstrumentBody(@Schema(example = "PRM-2026") @NotBlank @Size(max = 40) String code,
                                  @NotBlank @Size(max = 300) @NoMarkup String name,
                                  @Schema(description = "Prioridad 1 desde este número de descriptores presentes; entre 1 y la cantidad de descriptores")
                                  @NotNull Integer defaultCut,
                                  @NotEmpty List<@Valid GroupBody> groups) {
        InstrumentDraft draft() {
            return PriorityApiRecords.draft(name, defaultCut, groups);
        }
    }

    @Schema(description = "Una nueva versión: reemplaza grupos, descriptores y corte sugerido; la versión anterior no cambia.")
    record PriorityVersionBody(@NotBlank @Size(max = 300) @NoMarkup String name, @NotNull Integer defaultCut,
                               @NotEmpty List<@Valid GroupBody> groups) {
        InstrumentDraft draft() {
            return PriorityApiRecords.draft(name, defaultCut, groups);
        }
    }

    private static InstrumentDraft draft(String name, Integer defaultCut, List<GroupBody> groups) {
        return new InstrumentDraft(name, defaultCut, groups.stream()
                .map(g -> new InstrumentDraft.Group(g.title(), g.items())).toList());
    }

    record PrioritySettingResponse(UUID programId, UUID instrumentId, String instrument, int cut, int itemCount,
                                   @Schema(description = "false: el programa no ha elegido y usa el instrumento y corte por defecto")
                                   boolean explicit, Long version,
                                   @Schema(description = "Última versión del mismo instrumento, si el programa usa una anterior")
                                   Integer newerVersion) {
        static PrioritySettingResponse of(PrioritySettingView s) {
            return new PrioritySettingResponse(s.programId(), s.instrument().id(), s.instrument().label(), s.cut(),
                    s.instrument().itemCount(), s.explicit(), s.version(), s.newerVersion());
        }
    }

    @Schema(description = "priority 1 o 2 con motivo; priority null quita la modificación (también con motivo).")
    record PriorityOverrideBody(Integer priority, @NotBlank @Size(max = 2000) @NoMarkup String reason, Long version) {
    }

    record AnswerResponse(int number, String text, PriorityAnswer answer) {
    }

    record AssessmentResponse(UUID id, UUID entryId, UUID instrumentId, String instrument, LocalDate assessedOn,
                              Instant assessedAt, String assessedBy, int score, int itemCount, int noDataCount,
                              int cut, int computedPriority, Integer overridePriority, String overrideReason,
                              String overriddenBy, Instant overriddenAt,
                              @Schema(description = "La que rige: la modificada si la hay, si no la calculada") int finalPriority,
                              String notes, List<AnswerResponse> answers,
                              @Schema(description = "Descriptores «sin dato»: antecedentes por recabar") List<Integer> toGather) {
        static AssessmentResponse of(AssessmentView a) {
            return new AssessmentResponse(a.id(), a.entryId(), a.instrumentId(), a.instrumentLabel(), a.assessedOn(),
                    a.assessedAt(), a.assessedByName(), a.score(), a.itemCount(), a.noDataCount(), a.cutUsed(),
                    a.computedPriority(), a.overridePriority(), a.overrideReason(), a.overriddenByName(),
                    a.overriddenAt(), a.finalPriority(), a.notes(),
                    a.groups().stream().flatMap(g -> g.items().stream())
                            .map(i -> new AnswerResponse(i.number(), i.text(), i.answer())).toList(),
                    a.noDataItems().stream().map(AssessmentView.AnsweredItem::number).toList());
        }
    }
}
