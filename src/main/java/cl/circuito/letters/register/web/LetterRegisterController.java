package cl.circuito.letters.register.web;

import cl.circuito.letters.drafting.LetterKind;
import cl.circuito.letters.register.LetterRegister;
import cl.circuito.letters.drafting.LetterStatus;
import cl.circuito.letters.register.RegisterFilter;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.Downloads;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Optional;
import java.util.UUID;

/** The register of a program's letters: filter by kind, state, addressee and month; paginate; export. */
@Controller
class LetterRegisterController {

    static final int PAGE_SIZE = 50;

    private final CurrentActor currentActor;
    private final LetterRegister register;
    private final Messages messages;

    LetterRegisterController(CurrentActor currentActor, LetterRegister register, Messages messages) {
        this.currentActor = currentActor;
        this.register = register;
        this.messages = messages;
    }

    @GetMapping("/programs/{programId}/letters/register")
    String register(@PathVariable UUID programId, @RequestParam(required = false) LetterKind kind,
                    @RequestParam(required = false) LetterStatus status,
                    @RequestParam(required = false) UUID referrer, @RequestParam(required = false) String month,
                    @RequestParam(defaultValue = "0") int page, HtmxRequest htmx, Model model,
                    HttpServletResponse response) {
        Actor actor = currentActor.get();
        BindingResult typed = FormSubmit.errorsOf("filter");
        Optional<RegisterFilter> valid = FormSubmit.attempted(typed, response,
                () -> new RegisterFilter(kind, status, referrer, RegisterFilter.parseMonth(month)));
        // The rest of the filter still applies; the month's mistake is shown next to it.
        RegisterFilter filter = valid.orElseGet(() -> new RegisterFilter(kind, status, referrer, null));
        if (valid.isEmpty()) {
            model.addAttribute("monthError", messages.get(typed.getGlobalError()));
        }
        LetterRegister.RegisterView view = register.view(actor, programId, filter, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("program", view.program());
        model.addAttribute("rows", view.rows());
        model.addAttribute("years", view.years());
        model.addAttribute("addressees", view.addressees());
        model.addAttribute("kinds", LetterKind.values());
        model.addAttribute("statuses", LetterStatus.values());
        model.addAttribute("filter", filter);
        model.addAttribute("month", month);
        model.addAttribute("pageUrl", url("/programs/{id}/letters/register", programId, filter));
        model.addAttribute("exportUrl", url("/programs/{id}/letters/register.xlsx", programId, filter));
        // htmx swaps only the results when the filter form changes; a plain request gets the whole page.
        return htmx.isHtmxRequest() && !htmx.isBoosted() ? "letters/register-results :: results" : "letters/register";
    }

    @GetMapping("/programs/{programId}/letters/register.xlsx")
    ResponseEntity<byte[]> export(@PathVariable UUID programId, @RequestParam(required = false) LetterKind kind,
                                  @RequestParam(required = false) LetterStatus status,
                                  @RequestParam(required = false) UUID referrer,
                                  @RequestParam(required = false) String month) {
        LetterRegister.Export export = register.export(currentActor.get(), programId,
                new RegisterFilter(kind, status, referrer, RegisterFilter.parseMonth(month)));
        return Downloads.attachment(export.fileName(), Downloads.XLSX, export.content());
    }

    /** The page's own URL with the filter in use, so pagination and the export keep it. */
    static String url(String path, UUID programId, RegisterFilter filter) {
        return UriComponentsBuilder.fromPath(path)
                .queryParamIfPresent("kind", Optional.ofNullable(filter.kind()))
                .queryParamIfPresent("status", Optional.ofNullable(filter.status()))
                .queryParamIfPresent("referrer", Optional.ofNullable(filter.referrerId()))
                .queryParamIfPresent("month", Optional.ofNullable(filter.month()))
                .buildAndExpand(programId).toUriString();
    }
}
