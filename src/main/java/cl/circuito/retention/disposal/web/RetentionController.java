package cl.circuito.retention.disposal.web;

import cl.circuito.mesas.MesaHeaders;
import cl.circuito.retention.disposal.RecordRetention;
import cl.circuito.shared.privacy.RecordKind;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Retention at a program and at a Mesa: each kind of record with its rule and how many are due, the acts done; one
 * kind's due records to choose with a reason; a confirmation that shows exactly what the act will dispose of; the
 * act. {@code holders} is "programs" or "mesas", the address of the holder's other pages.
 */
@Controller
class RetentionController {

    static final String FORM = "disposalChoice";
    static final int PAGE_SIZE = 100;
    static final int HISTORY_SIZE = 25;

    private final CurrentActor currentActor;
    private final RecordRetention retention;
    private final MesaHeaders mesaHeaders;
    private final Messages messages;

    RetentionController(CurrentActor currentActor, RecordRetention retention, MesaHeaders mesaHeaders,
                        Messages messages) {
        this.currentActor = currentActor;
        this.retention = retention;
        this.mesaHeaders = mesaHeaders;
        this.messages = messages;
    }

    @GetMapping("/{holders:programs|mesas}/{holderId}/retention")
    String overview(@PathVariable String holders, @PathVariable UUID holderId,
                    @RequestParam(defaultValue = "0") int hpage, Model model) {
        Actor actor = currentActor.get();
        RecordRetention.Overview overview = retention.overview(actor, holder(holders), holderId, Math.max(0, hpage),
                HISTORY_SIZE);
        model.addAttribute("overview", overview);
        Map<RecordKind, String> slugs = new EnumMap<>(RecordKind.class);
        overview.kinds().forEach(k -> slugs.put(k.kind(), KindSlugs.of(k.kind())));
        model.addAttribute("slugs", slugs);
        model.addAttribute("upcomingDays", RecordRetention.UPCOMING_DAYS);
        frame(actor, holders, overview.holder(), model);
        return "retention/overview";
    }

    @GetMapping("/{holders:programs|mesas}/{holderId}/retention/{kind}")
    String due(@PathVariable String holders, @PathVariable UUID holderId, @PathVariable String kind,
               @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute(FORM, DisposalChoice.none());
        return showDue(currentActor.get(), holders, holderId, KindSlugs.parse(kind, holder(holders)), page, model);
    }

    /** The confirmation step: nothing changes yet; the act rehearsed, so a refusal shows here. */
    @PostMapping("/{holders:programs|mesas}/{holderId}/retention/{kind}/review")
    String review(@PathVariable String holders, @PathVariable UUID holderId, @PathVariable String kind,
                  @Valid @ModelAttribute(FORM) DisposalChoice choice, BindingResult result, Model model,
                  HttpServletResponse response) {
        Actor actor = currentActor.get();
        RecordKind recordKind = KindSlugs.parse(kind, holder(holders));
        Optional<RecordRetention.Review> review = run(result, response)
                .attempt(() -> retention.review(actor, recordKind, holderId, choice.recordIds(), choice.reason()));
        if (review.isEmpty()) {
            return showDue(actor, holders, holderId, recordKind, 0, model);
        }
        model.addAttribute("review", review.get());
        model.addAttribute("kindSlug", kind);
        frame(actor, holders, review.get().holder(), model);
        return "retention/confirm";
    }

    @PostMapping("/{holders:programs|mesas}/{holderId}/retention/{kind}/disposals")
    String dispose(@PathVariable String holders, @PathVariable UUID holderId, @PathVariable String kind,
                   @Valid @ModelAttribute(FORM) DisposalChoice choice, BindingResult result, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        RecordKind recordKind = KindSlugs.parse(kind, holder(holders));
        Optional<RecordRetention.Disposal> disposal = run(result, response)
                .attempt(() -> retention.dispose(actor, recordKind, holderId, choice.recordIds(), choice.reason()));
        if (disposal.isEmpty()) {
            return showDue(actor, holders, holderId, recordKind, 0, model);
        }
        redirect.addFlashAttribute("success", messages.get("retention.disposed", disposal.get().records().size(),
                messages.get(recordKind.key("name"))));
        return "redirect:/" + holders + "/" + holderId + "/retention";
    }

    /** Every act of the network, for the data protection officer: what was disposed of, where, when, by whom, why. */
    @GetMapping("/admin/disposals")
    String networkActs(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("network", retention.networkActs(currentActor.get(), Math.max(0, page), HISTORY_SIZE * 2));
        return "retention/network";
    }

    /** The list is read again to show a refusal, so a record someone disposed of meanwhile is said there. */
    private static FormSubmit run(BindingResult result, HttpServletResponse response) {
        return FormSubmit.of(result, response).invalidAs(HttpStatus.UNPROCESSABLE_CONTENT).staleOnThePage();
    }

    private String showDue(Actor actor, String holders, UUID holderId, RecordKind kind, int page, Model model) {
        RecordRetention.DueList due = retention.due(actor, kind, holderId, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("due", due);
        model.addAttribute("kindSlug", KindSlugs.of(kind));
        model.addAttribute("pageUrl", "/" + holders + "/" + holderId + "/retention/" + KindSlugs.of(kind));
        frame(actor, holders, due.holder(), model);
        return "retention/due";
    }

    private void frame(Actor actor, String holders, cl.circuito.retention.disposal.RetentionHolder holder, Model model) {
        model.addAttribute("holder", holder);
        model.addAttribute("base", "/" + holders + "/" + holder.id() + "/retention");
        if (holder.holder() == RecordKind.Holder.MESA) {
            model.addAttribute("h", mesaHeaders.of(actor, holder.id()));
        }
    }

    private static RecordKind.Holder holder(String holders) {
        return "mesas".equals(holders) ? RecordKind.Holder.MESA : RecordKind.Holder.PROGRAM;
    }
}
