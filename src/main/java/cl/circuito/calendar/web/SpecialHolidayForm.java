package cl.circuito.calendar.web;

import cl.circuito.calendar.holidays.HolidayScope;
import cl.circuito.shared.validation.NoMarkup;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * The administrator's form to record a holiday decreed by a special law. The rules that span fields (a region
 * when the scope is a region...) are the domain's, in {@link HolidayScope}; see {@link #toScope()}.
 */
public record SpecialHolidayForm(
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate holidayDate,
        @NotBlank @Size(max = 200) @NoMarkup String name,
        @NotBlank @Size(max = 200) @NoMarkup String legalBasis,
        @NotNull ScopeKind scope,
        String regionCode,
        String comunaCode) {

    /** Where a special holiday applies, as the form asks it. */
    public enum ScopeKind { NATIONAL, REGION, COMUNA }

    static SpecialHolidayForm empty() {
        return new SpecialHolidayForm(null, null, null, ScopeKind.NATIONAL, null, null);
    }

    /**
     * The scope chosen; the region or comuna select is read only when its option is chosen.
     *
     * @throws cl.circuito.calendar.holidays.InvalidSpecialHolidayException on {@code regionCode} or {@code comunaCode}
     *                                                            when the one needed is missing or malformed
     */
    HolidayScope toScope() {
        return switch (scope) {
            case REGION -> HolidayScope.region(blankToNull(regionCode));
            case COMUNA -> HolidayScope.comuna(blankToNull(comunaCode));
            case NATIONAL -> HolidayScope.national();
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
