package cl.circuito.mesas.cases.web;

import cl.circuito.mesas.cases.CaseRetentionSettings;
import cl.circuito.shared.validation.NoRut;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/**
 * What a user sends to close a Mesa's case, to make or choose its presentation format and to decide how long it keeps
 * its closed cases: the same record for the
 * pages ({@code @ModelAttribute}, under the pages' form names) and the API ({@code @RequestBody}), with the API's
 * names. Presenting a case and revising a format keep forms of their own ({@link CaseForms} says why).
 */
final class CaseInputs {

    private CaseInputs() {
    }

    record CaseCloseInput(@Schema(description = "La versión leída del caso") Long version, @NoRut String note) {

        static CaseCloseInput of(long version) {
            return new CaseCloseInput(version, null);
        }
    }

    record NewPresentationFormatInput(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) @NoRut String name) {

        static NewPresentationFormatInput blank() {
            return new NewPresentationFormatInput(null);
        }
    }

    /** How long the Mesa keeps its closed cases, under the version of its case settings (the format's choice's). */
    record CaseRetentionInput(
            @Schema(minimum = "1", maximum = "30", description = "Años completos que la Mesa conserva un caso cerrado y "
                    + "sus análisis, de 1 a 30; vacío mientras la Mesa no lo decide (entonces ningún caso se elimina)")
            Integer keepYears,
            @Schema(description = "La versión leída de la configuración de casos de la Mesa (la misma de la elección del "
                    + "formato); vacía mientras no tiene ninguna") Long version) {

        static CaseRetentionInput of(CaseRetentionSettings.Decision retention) {
            return new CaseRetentionInput(retention.keepYears(), retention.version());
        }
    }

    record PresentationFormatChoiceInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID formatId,
                                         @Schema(description = "La versión leída de la elección; vacía mientras la Mesa usa el formato nacional por defecto") Long version) {
    }
}
