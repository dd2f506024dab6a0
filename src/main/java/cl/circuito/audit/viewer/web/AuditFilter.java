package cl.circuito.audit.viewer.web;

import cl.circuito.audit.AuditAction;
import cl.circuito.audit.viewer.AuditViewer;
import cl.circuito.shared.validation.NoMarkup;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The audit viewer's filters, the same record for the page, its exports and the API (query parameters on all).
 * {@code after} continues a list after its last line (the {@code next} of the previous page).
 */
@Schema(description = "Filtros del registro de auditoría; todos opcionales.")
record AuditFilter(
        @Schema(description = "Parte del nombre de quien actuó", example = "Carolina")
        @Size(max = 100) @NoMarkup String user,
        @Schema(description = "Nombre o RUT del NNA: las líneas sobre su ficha y sus fichas en los programas", example = "12.345.678-5")
        @Size(max = 100) @NoMarkup String child,
        UUID programId,
        @Schema(description = "Clase de línea: VIEWED, CREATED, CHANGED, DOWNLOADED, EXPORTED, REFUSED, LOGIN_FAILED")
        AuditAction action,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        @Schema(description = "Continuar después de esta línea (el valor next de la página anterior)")
        @Size(max = 60) @Pattern(regexp = "\\d{1,19}\\.[0-9a-fA-F-]{36}") String after) {

    AuditViewer.Criteria criteria() {
        return new AuditViewer.Criteria(user, child, programId, action, from, to);
    }

    AuditViewer.Cursor cursor() {
        if (after == null || after.isBlank()) {
            return null;
        }
        int dot = after.indexOf('.');
        long micros = Long.parseLong(after.substring(0, dot));
        return new AuditViewer.Cursor(Instant.EPOCH.plusNanos(0).plusSeconds(Math.floorDiv(micros, 1_000_000L))
                .plusNanos(Math.floorMod(micros, 1_000_000L) * 1000L), UUID.fromString(after.substring(dot + 1)));
    }

    static String token(AuditViewer.Cursor cursor) {
        if (cursor == null) {
            return null;
        }
        Instant at = cursor.occurredAt();
        return (at.getEpochSecond() * 1_000_000L + at.getNano() / 1000) + "." + cursor.id();
    }
}
