package cl.circuito.letters.drafting.web;

import cl.circuito.letters.drafting.Letter;
import cl.circuito.letters.drafting.LetterKind;
import cl.circuito.letters.drafting.SendingChannel;
import cl.circuito.letters.templates.BatchMode;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a user sends about a letter, the same record for the letter pages' forms ({@code @ModelAttribute}, under
 * {@link LetterPage}'s names) and the API ({@code @RequestBody}): the names are the API's, so the pages' fields carry
 * them too. The rules (required text, lengths, dates) are the aggregate's: its errors name the field, so the page and
 * the API say the same thing. The "Confirmo" box of the pages that issue letters is the page's own check, no part of
 * what is issued: it comes as a request parameter ({@link LetterPage#confirmation}).
 */
final class LetterInputs {

    private LetterInputs() {
    }

    @Schema(name = "LetterEditInput")
    record EditInput(@Schema(description = "Versión del oficio leída; 409 si cambió") Long version,
                     @Schema(description = "Materia (MAT.)", example = "Informa fecha estimada de ingreso") String subject,
                     @Schema(description = "Texto; párrafos separados por una línea en blanco") String body) {

        static EditInput of(Letter letter) {
            return new EditInput(letter.version(), letter.subject(), letter.body());
        }
    }

    /** Issuing, regenerating the text or confirming it against the current facts: only the version read. */
    @Schema(name = "LetterVersionInput")
    record VersionInput(@Schema(description = "Versión del oficio leída; 409 si cambió") Long version) {

        static VersionInput of(Letter letter) {
            return new VersionInput(letter.version());
        }
    }

    @Schema(name = "LetterSendingInput")
    record SendingInput(@Schema(description = "Versión del oficio leída") Long version,
                        @Schema(description = "Medio de envío") SendingChannel sentVia,
                        @Schema(description = "Fecha de envío (no futura, no anterior a la emisión)")
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sentOn,
                        @Schema(description = "Folio o referencia del envío", example = "OJV 2026-001234") String sentReference) {

        /** What the page's form shows: the sending recorded, or today for a first one. */
        static SendingInput of(Letter letter, LocalDate today) {
            return new SendingInput(letter.version(), letter.sentVia(),
                    letter.sentOn() != null ? letter.sentOn() : today, letter.sentReference());
        }
    }

    @Schema(name = "LetterDiscardInput")
    record DiscardInput(Long version, @Schema(description = "Motivo del descarte") String reason) {

        static DiscardInput of(Letter letter) {
            return new DiscardInput(letter.version(), null);
        }
    }

    @Schema(name = "LetterDraftInput")
    record DraftInput(@Schema(description = "Tipo de oficio") LetterKind kind) {
    }

    /** The addressee the director chooses: a referring body of the network (a family court for a request). */
    @Schema(name = "LetterAddresseeInput")
    record AddresseeInput(@Schema(description = "Versión del oficio leída; 409 si cambió") Long version,
                          @Schema(description = "El organismo derivador al que se dirige el oficio (GET …/addressees); "
                                  + "para una solicitud de medidas cautelares o audiencia extraordinaria, un tribunal de familia")
                          UUID referrerId) {

        static AddresseeInput of(Letter letter) {
            return new AddresseeInput(letter.version(), letter.referrerId());
        }
    }

    @Schema(name = "LetterBatchInput")
    record BatchInput(@Schema(description = "PER_COURT: un oficio por destinatario con la nómina; PER_CHILD: uno por NNA") BatchMode mode,
                      @Schema(description = "Los borradores a emitir (los de GET …/letters/batch)") List<UUID> letterIds) {

        static BatchInput in(BatchMode mode) {
            return new BatchInput(mode, List.of());
        }
    }
}
