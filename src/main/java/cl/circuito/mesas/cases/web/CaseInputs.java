package cl.circuito.mesas.cases.web;

import cl.circuito.shared.validation.NoRut;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/**
 * What a user sends to close a Mesa's case and to make or choose its presentation format: the same record for the
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

    record PresentationFormatChoiceInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID formatId,
                                         @Schema(description = "La versión leída de la elección; vacía mientras la Mesa usa el formato nacional por defecto") Long version) {
    }
}
