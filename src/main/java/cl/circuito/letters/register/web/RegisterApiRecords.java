package cl.circuito.letters.register.web;

import cl.circuito.letters.register.DisposalRow;
import cl.circuito.letters.drafting.Letter;
import cl.circuito.letters.drafting.LetterKind;
import cl.circuito.letters.drafting.LetterStatus;
import cl.circuito.letters.register.RegisterRow;
import cl.circuito.letters.drafting.SendingChannel;
import cl.circuito.letters.register.YearNumbers;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.data.domain.Page;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** What the register and retention API answers, mapped by hand; what a client sends is in {@link RegisterInputs}. */
final class RegisterApiRecords {

    private RegisterApiRecords() {
    }

    record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

        static <R, T> PageResponse<T> of(Page<R> page, Function<R, T> mapper) {
            return new PageResponse<>(page.map(mapper::apply).getContent(), page.getNumber(), page.getSize(),
                    page.getTotalElements(), page.getTotalPages());
        }
    }

    @Schema(description = "Un oficio del registro. Un oficio eliminado al término de su plazo conserva número, tipo, "
            + "destinatario y fechas; los nombres de los NNA ya no están (childNames vacío, childCount indica cuántos eran).")
    record RegisterLetterResponse(
            UUID id,
            @Schema(example = "N° 12/2026", description = "null mientras es borrador") String number,
            Integer year,
            @Schema(description = "Número dentro del año") Integer sequence,
            @Schema(description = "Fecha de emisión; para borradores y descartados, fecha de creación") LocalDate date,
            LetterKind kind,
            LetterStatus status,
            UUID referrerId,
            String recipientName,
            List<String> childNames,
            int childCount,
            SendingChannel sentVia,
            LocalDate sentOn,
            String sentReference,
            @Schema(description = "Fin del plazo de conservación (5 años desde la emisión)") LocalDate disposeAfter,
            LocalDate disposedOn,
            @Schema(description = "Página del oficio en Circuito") String link) {

        static RegisterLetterResponse of(RegisterRow row) {
            return new RegisterLetterResponse(row.id(), row.numberLabel(), row.year(), row.number(), row.date(),
                    row.kind(), row.status(), row.referrerId(), row.recipientName(), row.childNames(),
                    row.childCount(), row.sentVia(), row.sentOn(), row.sentReference(), row.disposeAfter(),
                    row.disposedOn(), "/letters/" + row.id());
        }
    }

    record RegisterResponse(List<RegisterLetterResponse> items, int page, int size, long totalItems, int totalPages,
                            @Schema(description = "Números usados por año: primero, último, cantidad; gapFree si no falta ninguno")
                            List<YearNumbersResponse> years) {
    }

    record YearNumbersResponse(int year, int first, int last, int count, boolean gapFree) {

        static YearNumbersResponse of(YearNumbers numbers) {
            return new YearNumbersResponse(numbers.year(), numbers.first(), numbers.last(), numbers.count(),
                    numbers.gapFree());
        }
    }

    record DueResponse(LocalDate today,
                       @Schema(description = "Oficios emitidos o enviados cuyo plazo de conservación terminó, el más antiguo primero")
                       PageResponse<RegisterLetterResponse> letters,
                       @Schema(description = "Cuántos cumplirán su plazo en los próximos 90 días") long reachingEndWithin90Days) {
    }

    record DisposalResponse(int disposed, List<DisposedLetterResponse> letters) {
    }

    record DisposedLetterResponse(UUID id, String number, LetterKind kind, LocalDate issuedOn, String reason) {

        static DisposedLetterResponse of(Letter letter) {
            return new DisposedLetterResponse(letter.id(), letter.numberLabel(), letter.kind(), letter.issuedOn(),
                    letter.disposalReason());
        }
    }

    record DisposalHistoryResponse(UUID id, String number, LetterKind kind, String recipientName, LocalDate issuedOn,
                                   java.time.LocalDateTime disposedAt, String disposedByName, String reason) {

        static DisposalHistoryResponse of(DisposalRow row) {
            return new DisposalHistoryResponse(row.id(), row.numberLabel(), row.kind(), row.recipientName(),
                    row.issuedOn(), row.disposedAt(), row.disposedByName(), row.reason());
        }
    }
}
