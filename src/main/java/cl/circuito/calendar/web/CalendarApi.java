package cl.circuito.calendar.web;

import cl.circuito.calendar.BusinessCalendar;
import cl.circuito.calendar.Holiday;
import cl.circuito.calendar.holidays.HolidayKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The business calendar over JSON, for machine clients with a personal API token: the holidays of a year and
 * the end of a term in business days. Errors are problem details (422 naming the field).
 */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Calendario", description = "Feriados de Chile y plazos en días hábiles (Ley 19.880, art. 25)")
@SecurityRequirement(name = "token")
class CalendarApi {

    /** Longer terms than this are not legal terms but mistakes; the cap also bounds the work of one request. */
    static final int MAX_DAYS = 1000;

    private final BusinessCalendar calendar;
    private final Clock clock;

    CalendarApi(BusinessCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @Operation(summary = "Feriados de un año",
            description = "Los feriados permanentes (calculados según la ley) y los feriados por ley especial que rigen "
                    + "en la comuna, ordenados por fecha. Sin comuna, solo los que rigen en todo el país. "
                    + "422 si el año está fuera del rango del calendario o el código de comuna no es válido.")
    @GetMapping("/holidays")
    List<HolidayResponse> holidays(
            @Parameter(description = "Año (desde 2008); por omisión, el año en curso en Chile", example = "2026")
            @RequestParam(required = false) Integer year,
            @Parameter(description = "Código territorial (CUT) de 5 dígitos de la comuna, para incluir sus feriados "
                    + "regionales y comunales", example = "13101")
            @RequestParam(required = false) String comuna) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        return calendar.holidaysOf(shown, blankToNull(comuna)).stream().map(HolidayResponse::of).toList();
    }

    @Operation(summary = "Fecha de vencimiento de un plazo en días hábiles",
            description = "Cuenta desde el día hábil siguiente a la recepción o notificación (Ley 19.880, art. 25), "
                    + "sin sábados, domingos ni feriados de la comuna. Ejemplo: recibido el viernes 20-11-2026, "
                    + "un plazo de 10 días hábiles vence el viernes 04-12-2026.")
    @GetMapping("/business-days/add")
    BusinessDaysResponse addBusinessDays(
            @Parameter(description = "Día de recepción o notificación (AAAA-MM-DD)", example = "2026-11-20")
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Días hábiles del plazo, de 0 a " + MAX_DAYS, example = "10")
            @RequestParam @Min(0) @Max(MAX_DAYS) int days,
            @Parameter(description = "Código territorial (CUT) de 5 dígitos de la comuna; sin él, solo feriados "
                    + "nacionales", example = "13101")
            @RequestParam(required = false) String comuna) {
        return new BusinessDaysResponse(from, days, calendar.addBusinessDays(from, days, blankToNull(comuna)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Schema(description = "Un feriado")
    record HolidayResponse(
            @Schema(example = "2026-06-21") LocalDate date,
            @Schema(example = "Día Nacional de los Pueblos Indígenas") String name,
            @Schema(description = "Ley que lo establece", example = "Ley 21.357") String legalBasis,
            @Schema(description = "NATIONAL: permanente nacional; REGIONAL: permanente, solo en una región o comunas; "
                    + "SPECIAL_LAW: declarado por una ley para esa fecha") HolidayKind kind) {

        static HolidayResponse of(Holiday holiday) {
            return new HolidayResponse(holiday.date(), holiday.name(), holiday.legalBasis(), holiday.kind());
        }
    }

    @Schema(description = "Un plazo en días hábiles y su vencimiento")
    record BusinessDaysResponse(
            @Schema(description = "Día de recepción o notificación", example = "2026-11-20") LocalDate from,
            @Schema(example = "10") int days,
            @Schema(description = "Último día del plazo", example = "2026-12-04") LocalDate dueOn) {
    }
}
