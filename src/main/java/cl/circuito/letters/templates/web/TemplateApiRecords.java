package cl.circuito.letters.templates.web;

import cl.circuito.letters.templates.BatchMode;
import cl.circuito.letters.LetterSettingsView;
import cl.circuito.letters.templates.LetterheadView;
import cl.circuito.letters.templates.TemplateKind;
import cl.circuito.letters.templates.TemplateView;
import cl.circuito.shared.documents.PaperSize;
import cl.circuito.shared.web.Messages;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The letters administration's API answers and the letterhead's body, mapped by hand; what the pages send as well is in
 * {@link TemplateInputs}.
 */
final class TemplateApiRecords {

    private TemplateApiRecords() {
    }

    record FieldResponse(String placeholder, String description) {
    }

    record TemplateResponse(UUID institutionId, TemplateKind kind, String label,
                            @Schema(description = "true: texto propio de la institución; false: texto por defecto") boolean own,
                            @Schema(description = "Versión del texto propio, a enviar al modificarlo; null con el texto por defecto") Long version,
                            String subject,
                            @Schema(description = "Saludo, impreso antes del texto; vacío: ninguno") String salutation,
                            String body,
                            @Schema(description = "Despedida, impresa después del texto (y de la nómina), antes de la firma; vacía: ninguna") String closing,
                            Instant updatedAt, String updatedByName,
                            @Schema(description = "Campos que este tipo de oficio puede usar, escritos {{campo}}") List<FieldResponse> fields) {

        static TemplateResponse of(TemplateView view, Messages messages) {
            return new TemplateResponse(view.institutionId(), view.kind(),
                    messages.get("letters.template." + view.kind().name()), view.own(), view.version(), view.subject(),
                    view.salutation(), view.body(), view.closing(), view.updatedAt(), view.updatedByName(),
                    view.fields().stream().map(f -> new FieldResponse(f.placeholder(),
                            messages.get("letters.field." + f.placeholder()))).toList());
        }
    }

    record LetterheadResponse(UUID institutionId, String institutionName,
                              @Schema(description = "null mientras la institución no tiene membrete") Long version,
                              boolean hasLogo, String logoFileName, List<String> headerLines, List<String> footerLines,
                              Instant updatedAt, String updatedByName) {

        static LetterheadResponse of(LetterheadView view) {
            return new LetterheadResponse(view.institutionId(), view.institutionName(), view.version(), view.hasLogo(),
                    view.logoFileName(), lines(view.headerLines()), lines(view.footerLines()), view.updatedAt(),
                    view.updatedByName());
        }
    }

    record LetterheadBody(@Schema(description = "La versión leída del membrete; vacía solo si aún no hay uno guardado") Long version,
                          @Schema(description = "Líneas bajo el logo (dirección, teléfono, sitio web)") List<String> headerLines,
                          @Schema(description = "Líneas al pie de cada página") List<String> footerLines) {
    }

    record SettingsResponse(UUID programId, String programName,
                            @Schema(description = "false: el programa usa los valores por defecto") boolean explicit,
                            Long version, PaperSize paperSize, int estimateThresholdDays, BatchMode batchMode,
                            String city,
                            @Schema(description = "Ciudad donde se firman los oficios: la indicada o la comuna del programa") String effectiveCity,
                            Instant updatedAt, String updatedByName) {

        static SettingsResponse of(LetterSettingsView view) {
            return new SettingsResponse(view.programId(), view.programName(), view.explicit(), view.version(),
                    view.paperSize(), view.estimateThresholdDays(), view.batchMode(), view.city(), view.effectiveCity(),
                    view.updatedAt(), view.updatedByName());
        }
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().toList();
    }

    static String text(List<String> lines) {
        return lines == null ? null : String.join("\n", lines);
    }
}
