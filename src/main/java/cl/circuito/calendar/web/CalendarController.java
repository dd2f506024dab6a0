package cl.circuito.calendar.web;

import cl.circuito.shared.text.ChileanDates;
import cl.circuito.calendar.BusinessCalendar;
import cl.circuito.calendar.holidays.HolidayScope;
import cl.circuito.calendar.holidays.SpecialHoliday;
import cl.circuito.network.Territory;
import cl.circuito.network.Territory.RegionComunas;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.security.Permission;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The holidays of a year for a comuna, its business days per month, and the administrator's special holidays.
 * The filter works as a plain GET; with htmx only the results are swapped.
 */
@Controller
@RequestMapping("/calendar")
class CalendarController {

    static final String FORM = "specialHoliday";

    private final BusinessCalendar calendar;
    private final Territory territory;
    private final CurrentActor currentActor;
    private final Messages messages;
    private final Clock clock;

    CalendarController(BusinessCalendar calendar, Territory territory, CurrentActor currentActor, Messages messages,
                       Clock clock) {
        this.calendar = calendar;
        this.territory = territory;
        this.currentActor = currentActor;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) String comuna,
                Model model, HttpServletResponse response) {
        show(year, comuna, model, response);
        if (!model.containsAttribute(FORM)) {
            model.addAttribute(FORM, SpecialHolidayForm.empty());
        }
        return "calendar/holidays";
    }

    /** The filter's htmx request: only the results (not a boosted page or a history restore, which need it all). */
    @GetMapping
    @HxRequest(boosted = false, historyRestoreRequest = false)
    String results(@RequestParam(required = false) Integer year, @RequestParam(required = false) String comuna,
                   Model model, HttpServletResponse response) {
        show(year, comuna, model, response);
        return "calendar/fragments :: results";
    }

    @PostMapping("/special-holidays")
    String add(@Valid @ModelAttribute(FORM) SpecialHolidayForm form, BindingResult result, Model model,
               RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        actor.require(Permission.MANAGE_CALENDAR);
        // The scope's rules span the form's fields: checked with the binding, so every error shows at once.
        HolidayScope scope = form.scope() == null ? null : FormSubmit.checked(result, form::toScope).orElse(null);
        Optional<SpecialHoliday> added = FormSubmit.of(result, response).invalidAs(HttpStatus.UNPROCESSABLE_CONTENT)
                .attempt(() -> calendar.addSpecialHoliday(actor, form.holidayDate(), form.name(), form.legalBasis(),
                        scope));
        if (added.isEmpty()) {
            show(yearToShow(form), comunaToShow(scope), model, response);
            return "calendar/holidays";
        }
        SpecialHoliday saved = added.get();
        redirect.addFlashAttribute("success", messages.get("calendar.added", saved.getName(),
                ChileanDates.day(saved.getHolidayDate())));
        redirect.addAttribute("year", saved.getHolidayDate().getYear());
        String comuna = comunaToShow(saved.scope());
        if (comuna != null) {
            redirect.addAttribute("comuna", comuna);
        }
        return "redirect:/calendar";
    }

    @PostMapping("/special-holidays/{id}/delete")
    String delete(@PathVariable UUID id, @RequestParam(required = false) String comuna,
                  RedirectAttributes redirect) {
        SpecialHoliday removed = calendar.removeSpecialHoliday(currentActor.get(), id);
        redirect.addFlashAttribute("success", messages.get("calendar.removed", removed.getName(),
                ChileanDates.day(removed.getHolidayDate())));
        redirect.addAttribute("year", removed.getHolidayDate().getYear());
        if (comuna != null && !comuna.isBlank()) {
            redirect.addAttribute("comuna", comuna);
        }
        return "redirect:/calendar";
    }

    /**
     * "?year=abc": a page answer in Spanish rather than the framework's problem detail, which takes precedence
     * over the shared page advice for this exception.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView malformedParameter(MethodArgumentTypeMismatchException e) {
        ModelAndView page = new ModelAndView("error/4xx", HttpStatus.BAD_REQUEST);
        page.addObject("message", messages.get("error.typeMismatch", messages.field(e.getName())));
        return page;
    }

    private void show(Integer requestedYear, String requestedComuna, Model model, HttpServletResponse response) {
        // The same address answers a page or a fragment: caches must tell them apart.
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        int currentYear = LocalDate.now(clock).getYear();
        int year = requestedYear == null ? currentYear : requestedYear;
        String comuna = requestedComuna == null || requestedComuna.isBlank() ? null : requestedComuna.strip();
        List<RegionComunas> regions = territory.regionsWithComunas();
        CalendarView view = CalendarView.of(year, comuna, currentYear, regions, calendar.listingOf(year, comuna),
                calendar.businessDaysPerMonth(year, comuna), messages, LocaleContextHolder.getLocale());
        model.addAttribute("view", view);
        model.addAttribute("scopeKinds", SpecialHolidayForm.ScopeKind.values());
    }

    /** After a failed submit, the year of the date typed if the calendar covers it, else this year. */
    private int yearToShow(SpecialHolidayForm form) {
        int currentYear = LocalDate.now(clock).getYear();
        if (form.holidayDate() == null) {
            return currentYear;
        }
        int year = form.holidayDate().getYear();
        return year >= CalendarView.FIRST_LISTED_YEAR && year <= currentYear + 1 ? year : currentYear;
    }

    /**
     * A comuna where a holiday with this scope shows: the comuna itself, or for a region its first comuna (the
     * CUT gives the regional capital the code region + "101"); none for a national one.
     */
    private String comunaToShow(HolidayScope scope) {
        if (scope == null || scope.isNational()) {
            return null;
        }
        if (scope.comunaCode() != null) {
            return scope.comunaCode();
        }
        return territory.regionsWithComunas().stream()
                .filter(region -> region.code().equals(scope.regionCode()))
                .flatMap(region -> region.comunas().stream())
                .map(Territory.ComunaName::code)
                .sorted()
                .findFirst()
                .orElse(null);
    }
}
