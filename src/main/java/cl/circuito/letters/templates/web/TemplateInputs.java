package cl.circuito.letters.templates.web;

import cl.circuito.letters.LetterSettingsView;
import cl.circuito.letters.templates.BatchMode;
import cl.circuito.letters.templates.TemplateView;
import cl.circuito.shared.documents.PaperSize;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.validation.BindingResult;

/**
 * What an administrator or a director sends about templates and letter settings, the same record for the pages' forms
 * ({@code @ModelAttribute}) and the API ({@code @RequestBody}): the names are the API's, so the pages' fields carry
 * them too. The rules live in the services, which name the field they refuse.
 *
 * <p>The template editor is one form for two use cases: saving the text ({@link TemplateInput}) and previewing it
 * ({@link PreviewInput}). What one of them does not take but the page must keep (the version read while previewing,
 * the paper chosen while saving) comes as a request parameter, and the editor shows it again from the model.
 */
final class TemplateInputs {

    private TemplateInputs() {
    }

    @Schema(name = "LetterTemplateInput")
    record TemplateInput(
            @Schema(description = "La versión leída del texto propio; null si se partió del texto por defecto") Long version,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 300) String subject,
            @Schema(description = "Saludo (una línea, sin campos; vacío: ninguno; null: se conserva)", maxLength = 300) String salutation,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String body,
            @Schema(description = "Despedida (una línea, sin campos; vacía: ninguna; null: se conserva)", maxLength = 300) String closing) {
    }

    @Schema(name = "LetterTemplatePreviewInput")
    record PreviewInput(String subject,
                        @Schema(description = "null: el saludo de la plantilla") String salutation,
                        String body,
                        @Schema(description = "null: la despedida de la plantilla") String closing,
                        @Schema(description = "A4 (por defecto) o LETTER (carta)") PaperSize paper) {

        /** The editor's texts as the template has them, on A4. */
        static PreviewInput of(TemplateView view) {
            return new PreviewInput(view.subject(), view.salutation(), view.body(), view.closing(), PaperSize.A4);
        }

        /**
         * The editor's texts as they were typed, read through the binding of either input: a record that did not
         * bind (a version or a paper that is no such thing) is not there, but what was typed is.
         */
        static PreviewInput typed(BindingResult result, PaperSize paper) {
            return new PreviewInput(text(result, "subject"), text(result, "salutation"), text(result, "body"),
                    text(result, "closing"), paper);
        }

        private static String text(BindingResult result, String field) {
            Object value = result.getFieldValue(field);
            return value == null ? null : value.toString();
        }
    }

    @Schema(name = "LetterSettingsInput")
    record SettingsInput(@Schema(description = "La versión leída; vacía solo si el programa aún usa los valores por defecto") Long version,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PaperSize paperSize,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0", maximum = "365") Integer estimateThresholdDays,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BatchMode batchMode,
                         @Schema(description = "Vacía: la comuna del programa", maxLength = 100) String city) {

        static SettingsInput of(LetterSettingsView view) {
            return new SettingsInput(view.version(), view.paperSize(), view.estimateThresholdDays(), view.batchMode(),
                    view.city());
        }
    }
}
