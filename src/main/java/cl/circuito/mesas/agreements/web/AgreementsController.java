package cl.circuito.mesas.agreements.web;

import cl.circuito.mesas.agreements.AgreementQueries;
import cl.circuito.shared.text.ChileanDates;
import cl.circuito.mesas.agreements.AgreementStatus;
import cl.circuito.mesas.MesaHeaders;
import cl.circuito.mesas.minutes.MinutesViews;
import cl.circuito.mesas.agreements.AgreementFilter;
import cl.circuito.mesas.agreements.AgreementRow;
import cl.circuito.mesas.agreements.MesaAgreements;
import cl.circuito.mesas.sessions.web.MinutesController;
import cl.circuito.mesas.sessions.web.MinutesInputs.AgreementInput;
import cl.circuito.mesas.sessions.web.MinutesInputs.AgreementStatusInput;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.Optional;

/**
 * The agreements of a Mesa (open first, overdue ones in colour and words, filters), one agreement with its
 * history, its amendment and status updates; and a member's agreements across Mesas.
 */
@Controller
class AgreementsController {

    private final CurrentActor currentActor;
    private final MesaAgreements agreements;
    private final MinutesViews minutes;
    private final MesaHeaders headers;
    private final MinutesController minutesPage;
    private final Messages messages;
    private final Clock clock;

    AgreementsController(CurrentActor currentActor, MesaAgreements agreements, MinutesViews minutes,
                         MesaHeaders headers, MinutesController minutesPage,
                         Messages messages, Clock clock) {
        this.currentActor = currentActor;
        this.agreements = agreements;
        this.minutes = minutes;
        this.headers = headers;
        this.minutesPage = minutesPage;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/mesas/{mesaId}/agreements")
    String list(@PathVariable UUID mesaId, @RequestParam(required = false) String state,
                @RequestParam(required = false) UUID member, @RequestParam(required = false) UUID session,
                @RequestParam(defaultValue = "0") int page, Model model) {
        return renderList(mesaId, new AgreementFilter(state, member, session), page, model);
    }

    private String renderList(UUID mesaId, AgreementFilter filter, int page, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("mesaHeader", headers.of(actor, mesaId));
        Page<AgreementRow> rows = agreements.list(actor, mesaId, filter, page);
        model.addAttribute("rows", rows);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", AgreementStatus.values());
        AgreementQueries.FilterChoices choices = agreements.filterChoices(actor, mesaId);
        model.addAttribute("members", choices.members().stream().map(m -> new Option(m.id(), m.name())).toList());
        model.addAttribute("sessions", choices.sessions().stream().map(s -> new Option(s.id(),
                messages.get("mesas.session.title", s.number()) + " · " + ChileanDates.day(s.heldOn()))).toList());
        model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/mesas/" + mesaId + "/agreements")
                .queryParamIfPresent("state", Optional.ofNullable(blankToNull(filter.state())))
                .queryParamIfPresent("member", Optional.ofNullable(filter.memberId()))
                .queryParamIfPresent("session", Optional.ofNullable(filter.sessionId()))
                .build().toUriString());
        model.addAttribute("today", LocalDate.now(clock));
        return "mesas/agreements/agreements";
    }

    public record Option(UUID id, String label) {
    }

    @GetMapping("/mesas/{mesaId}/agreements/{agreementId}")
    String detail(@PathVariable UUID mesaId, @PathVariable UUID agreementId, Model model) {
        return renderDetail(mesaId, agreementId, model);
    }

    private String renderDetail(UUID mesaId, UUID agreementId, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("mesaHeader", headers.of(actor, mesaId));
        MesaAgreements.Details details = agreements.details(actor, mesaId, agreementId);
        model.addAttribute("d", details);
        model.addAttribute("a", details.agreement());
        model.addAttribute("statuses", AgreementStatus.values());
        model.addAttribute("today", LocalDate.now(clock));
        if (details.mayAmend()) {
            model.addAttribute("memberOptions", minutes.memberOptions(actor, mesaId));
        }
        return "mesas/agreements/agreement";
    }

    @PostMapping("/mesas/{mesaId}/agreements/{agreementId}")
    String amend(@PathVariable UUID mesaId, @PathVariable UUID agreementId,
                 @Valid @ModelAttribute("agreementForm") AgreementInput input, BindingResult binding, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmit.oneOf("amend", agreementId, binding, response, model, messages).redirect(redirect,
                "/mesas/" + mesaId + "/agreements/" + agreementId,
                () -> {
                    agreements.amend(currentActor.get(), mesaId, agreementId, input.version(), input.terms());
                    return messages.get("mesaminutes.saved.amended");
                },
                () -> renderDetail(mesaId, agreementId, model));
    }

    /**
     * A status update from any page that lists the agreement ({@code from}: detail, list, my, minutes), which is shown
     * again if the update is refused; from the minutes, it is that session's review of the agreement.
     */
    @PostMapping("/mesas/{mesaId}/agreements/{agreementId}/status")
    String status(@PathVariable UUID mesaId, @PathVariable UUID agreementId,
                  @Valid @ModelAttribute("statusForm") AgreementStatusInput input, BindingResult binding,
                  @RequestParam(defaultValue = "detail") String from, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        UUID atSession = "minutes".equals(from) ? input.sessionId() : null;
        String back = switch (from) {
            case "list" -> "/mesas/" + mesaId + "/agreements#agreement-" + agreementId;
            case "my" -> "/mesas/my-agreements#agreement-" + agreementId;
            case "minutes" -> atSession == null ? "/mesas/" + mesaId + "/agreements/" + agreementId
                    : MinutesController.url(mesaId, atSession) + "#agreement-" + agreementId;
            default -> "/mesas/" + mesaId + "/agreements/" + agreementId;
        };
        return FormSubmit.oneOf("status", agreementId, binding, response, model, messages).redirect(redirect,
                back,
                () -> {
                    agreements.update(currentActor.get(), mesaId, agreementId, input.version(), input.status(),
                            input.note(), input.closedOn(), atSession);
                    return messages.get("mesaminutes.saved.status");
                },
                () -> switch (from) {
                    case "list" -> renderList(mesaId, AgreementFilter.all(), 0, model);
                    case "my" -> renderMine(null, 0, model);
                    case "minutes" -> atSession == null ? renderDetail(mesaId, agreementId, model)
                            : minutesPage.render(mesaId, atSession, model);
                    default -> renderDetail(mesaId, agreementId, model);
                });
    }

    @GetMapping("/mesas/my-agreements")
    String mine(@RequestParam(required = false) String state, @RequestParam(defaultValue = "0") int page,
                Model model) {
        return renderMine(state, page, model);
    }

    private String renderMine(String state, int page, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("mine", agreements.mine(actor, new AgreementFilter(state, null, null), page));
        model.addAttribute("state", state);
        model.addAttribute("statuses", AgreementStatus.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/mesas/my-agreements")
                .queryParamIfPresent("state", Optional.ofNullable(blankToNull(state))).build().toUriString());
        return "mesas/agreements/my-agreements";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
