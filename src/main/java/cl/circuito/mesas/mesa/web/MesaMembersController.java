package cl.circuito.mesas.mesa.web;

import cl.circuito.mesas.MemberKind;
import cl.circuito.mesas.MesaAccess;
import cl.circuito.mesas.MesaDirectory;
import cl.circuito.mesas.MesaHeader;
import cl.circuito.mesas.MesaHeaders;
import cl.circuito.mesas.mesa.MesaSetup;
import cl.circuito.mesas.mesa.web.MesaInputs.MemberLeaveInput;
import cl.circuito.mesas.mesa.web.MesaInputs.MembershipChangeInput;
import cl.circuito.mesas.mesa.web.MesaInputs.MesaMemberInput;
import cl.circuito.mesas.mesa.web.MesaInputs.RepresentationEndInput;
import cl.circuito.mesas.mesa.web.MesaInputs.RepresentativeInput;
import cl.circuito.mesas.MesaStanding;
import cl.circuito.mesas.Participation;
import cl.circuito.shared.NotFound;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** The members tab: who takes part and how, their representatives, and the membership history. */
@Controller
class MesaMembersController {

    private final CurrentActor currentActor;
    private final MesaHeaders headers;
    private final MesaDirectory directory;
    private final MesaSetup setup;
    private final MesaAccess access;
    private final Messages messages;
    private final Clock clock;

    MesaMembersController(CurrentActor currentActor, MesaHeaders headers, MesaDirectory directory, MesaSetup setup,
                          MesaAccess access, Messages messages, Clock clock) {
        this.currentActor = currentActor;
        this.headers = headers;
        this.directory = directory;
        this.setup = setup;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/mesas/{mesaId}/members")
    String members(@PathVariable UUID mesaId, Model model) {
        Actor actor = currentActor.get();
        model.addAttribute("mesaHeader", headers.of(actor, mesaId));
        model.addAttribute("members", directory.members(actor, mesaId));
        return "mesas/mesa/members";
    }

    @GetMapping("/mesas/{mesaId}/members/new")
    String newMember(@PathVariable UUID mesaId, Model model) {
        MesaHeader header = headerToSetUp(mesaId);
        model.addAttribute("memberForm", MesaMemberInput.startingOn(LocalDate.now(clock)));
        return newMemberPage(header, model);
    }

    @PostMapping("/mesas/{mesaId}/members")
    String add(@PathVariable UUID mesaId, @Valid @ModelAttribute("memberForm") MesaMemberInput input,
               BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        MesaHeader header = headerToSetUp(mesaId);
        if (FormSubmit.tried(result, response, () -> input.addTo(setup, actor, mesaId))) {
            redirect.addFlashAttribute("success", messages.get("mesamembers.member.added"));
            return "redirect:/mesas/" + mesaId + "/members";
        }
        return newMemberPage(header, model);
    }

    @GetMapping("/mesas/{mesaId}/members/{memberId}")
    String member(@PathVariable UUID mesaId, @PathVariable UUID memberId, Model model) {
        return memberPage(headers.of(currentActor.get(), mesaId), memberId, model);
    }

    @PostMapping("/mesas/{mesaId}/members/{memberId}/participation")
    String participation(@PathVariable UUID mesaId, @PathVariable UUID memberId,
                         @Valid @ModelAttribute("participationForm") MembershipChangeInput input,
                         BindingResult result, Model model, RedirectAttributes redirect,
                         HttpServletResponse response) {
        Actor actor = currentActor.get();
        MesaHeader header = headerToSetUp(mesaId);
        if (FormSubmit.tried(result, response, () -> setup.changeParticipation(actor, mesaId, memberId,
                input.version(), input.participation()))) {
            return afterMembershipChange(header, redirect, "mesamembers.member.saved",
                    "/mesas/" + mesaId + "/members/" + memberId);
        }
        return memberPage(header, memberId, model);
    }

    @PostMapping("/mesas/{mesaId}/members/{memberId}/co-facilitation")
    String coFacilitation(@PathVariable UUID mesaId, @PathVariable UUID memberId,
                          @Valid @ModelAttribute("participationForm") MembershipChangeInput input,
                          BindingResult result, Model model, RedirectAttributes redirect,
                          HttpServletResponse response) {
        Actor actor = currentActor.get();
        MesaHeader header = headerToSetUp(mesaId);
        // This form's button sends the co-facilitation only; none sent is none asked for, as the checkbox it was.
        if (FormSubmit.tried(result, response, () -> setup.changeCoFacilitation(actor, mesaId, memberId,
                input.version(), Boolean.TRUE.equals(input.coFacilitator())))) {
            return afterMembershipChange(header, redirect, "mesamembers.member.saved",
                    "/mesas/" + mesaId + "/members/" + memberId);
        }
        return memberPage(header, memberId, model);
    }

    @PostMapping("/mesas/{mesaId}/members/{memberId}/leave")
    String leave(@PathVariable UUID mesaId, @PathVariable UUID memberId,
                 @Valid @ModelAttribute("leaveForm") MemberLeaveInput input, BindingResult result, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        MesaHeader header = headerToSetUp(mesaId);
        if (FormSubmit.tried(result, response, () -> input.recordOn(setup, actor, mesaId, memberId))) {
            return afterMembershipChange(header, redirect, "mesamembers.member.left", "/mesas/" + mesaId + "/members");
        }
        return memberPage(header, memberId, model);
    }

    @PostMapping("/mesas/{mesaId}/members/{memberId}/representatives")
    String addRepresentative(@PathVariable UUID mesaId, @PathVariable UUID memberId,
                             @Valid @ModelAttribute("representativeForm") RepresentativeInput input,
                             BindingResult result, Model model, RedirectAttributes redirect,
                             HttpServletResponse response) {
        Actor actor = currentActor.get();
        MesaHeader header = headerToSetUp(mesaId);
        // Required only here (the same input also corrects a representative): said with the other fields' errors.
        // An input that could not be built has its errors already, and the service checks the date again.
        if (input != null && input.since() == null && !result.hasFieldErrors("since")) {
            result.rejectValue("since", "NotNull");
        }
        if (FormSubmit.tried(result, response, () -> setup.addRepresentative(actor, mesaId, memberId, input.contact(),
                input.since()))) {
            return saved(redirect, mesaId, memberId);
        }
        return memberPage(header, memberId, model);
    }

    @GetMapping("/mesas/{mesaId}/members/{memberId}/representatives/{representativeId}")
    String representative(@PathVariable UUID mesaId, @PathVariable UUID memberId, @PathVariable UUID representativeId,
                          Model model) {
        MesaHeader header = headerToSetUp(mesaId);
        MesaDirectory.MemberRow member = member(mesaId, memberId);
        return representativePage(header, member, representativeId, model);
    }

    @PostMapping("/mesas/{mesaId}/members/{memberId}/representatives/{representativeId}")
    String updateRepresentative(@PathVariable UUID mesaId, @PathVariable UUID memberId,
                                @PathVariable UUID representativeId,
                                @Valid @ModelAttribute("representativeForm") RepresentativeInput input,
                                BindingResult result, Model model, RedirectAttributes redirect,
                                HttpServletResponse response) {
        Actor actor = currentActor.get();
        MesaHeader header = headerToSetUp(mesaId);
        if (FormSubmit.tried(result, response, () -> setup.updateRepresentative(actor, mesaId, memberId,
                representativeId, input.version(), input.contact()))) {
            return saved(redirect, mesaId, memberId);
        }
        return representativePage(header, member(mesaId, memberId), representativeId, model);
    }

    @PostMapping("/mesas/{mesaId}/members/{memberId}/representatives/{representativeId}/end")
    String endRepresentative(@PathVariable UUID mesaId, @PathVariable UUID memberId,
                             @PathVariable UUID representativeId,
                             @Valid @ModelAttribute("endForm") RepresentationEndInput input,
                             BindingResult result, Model model, RedirectAttributes redirect,
                             HttpServletResponse response) {
        Actor actor = currentActor.get();
        MesaHeader header = headerToSetUp(mesaId);
        if (FormSubmit.tried(result, response,
                () -> input.recordOn(setup, actor, mesaId, memberId, representativeId))) {
            return saved(redirect, mesaId, memberId);
        }
        return representativePage(header, member(mesaId, memberId), representativeId, model);
    }

    /**
     * Where a change of membership leads: back to the page, unless it took away the user's own access (her program
     * or institution left the Mesa, or stopped co-facilitating it) — then she is told so, and sent to the Mesas list
     * when she can no longer open this one, instead of to a page that would answer 404.
     */
    private String afterMembershipChange(MesaHeader before, RedirectAttributes redirect, String savedKey, String back) {
        redirect.addFlashAttribute("success", messages.get(savedKey));
        Optional<MesaStanding> after = access.find(currentActor.get(), before.id());
        if (after.isEmpty()) {
            redirect.addFlashAttribute("warning", messages.get("mesamembers.access.lost", before.name()));
            return "redirect:/mesas";
        }
        if (before.standing().edits() && !after.get().edits()) {
            redirect.addFlashAttribute("warning", messages.get("mesamembers.access.noLongerCoFacilitator", before.name()));
        }
        return "redirect:" + back;
    }

    private MesaHeader headerToSetUp(UUID mesaId) {
        MesaHeader header = headers.of(currentActor.get(), mesaId);
        header.standing().requireSetUp();
        return header;
    }

    private String saved(RedirectAttributes redirect, UUID mesaId, UUID memberId) {
        redirect.addFlashAttribute("success", messages.get("mesamembers.member.saved"));
        return "redirect:/mesas/" + mesaId + "/members/" + memberId;
    }

    private MesaDirectory.MemberRow member(UUID mesaId, UUID memberId) {
        MesaDirectory.Members members = directory.members(currentActor.get(), mesaId);
        return java.util.stream.Stream.concat(members.current().stream(), members.past().stream())
                .filter(m -> m.id().equals(memberId)).findFirst().orElseThrow(() -> new NotFound("mesaMember"));
    }

    private static MesaDirectory.RepresentativeRow representativeOf(MesaDirectory.MemberRow member, UUID id) {
        return member.currentRepresentatives().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("mesaRepresentative"));
    }

    private String newMemberPage(MesaHeader header, Model model) {
        model.addAttribute("mesaHeader", header);
        model.addAttribute("choices", directory.memberChoices(header.id()));
        model.addAttribute("kinds", MemberKind.values());
        model.addAttribute("participations", Participation.values());
        return "mesas/mesa/member-new";
    }

    private String memberPage(MesaHeader header, UUID memberId, Model model) {
        MesaDirectory.Members members = directory.members(currentActor.get(), header.id());
        MesaDirectory.MemberRow member = java.util.stream.Stream.concat(members.current().stream(),
                members.past().stream()).filter(m -> m.id().equals(memberId)).findFirst()
                .orElseThrow(() -> new NotFound("mesaMember"));
        model.addAttribute("mesaHeader", header);
        model.addAttribute("member", member);
        model.addAttribute("history", members.history().stream().filter(h -> h.memberId().equals(memberId)).toList());
        model.addAttribute("participations", Participation.values());
        if (!model.containsAttribute("participationForm")) {
            model.addAttribute("participationForm", MembershipChangeInput.of(member));
        }
        if (!model.containsAttribute("leaveForm")) {
            model.addAttribute("leaveForm", MemberLeaveInput.startingOn(LocalDate.now(clock), member.version()));
        }
        if (!model.containsAttribute("representativeForm")) {
            model.addAttribute("representativeForm", RepresentativeInput.startingOn(LocalDate.now(clock)));
        }
        return "mesas/mesa/member";
    }

    private String representativePage(MesaHeader header, MesaDirectory.MemberRow member, UUID representativeId,
                                      Model model) {
        model.addAttribute("mesaHeader", header);
        model.addAttribute("member", member);
        MesaDirectory.RepresentativeRow representative = representativeOf(member, representativeId);
        model.addAttribute("representative", representative);
        // Each of the page's two forms as it was sent when it was refused; the other one as the record stands.
        if (!model.containsAttribute("representativeForm")) {
            model.addAttribute("representativeForm", RepresentativeInput.of(representative));
        }
        if (!model.containsAttribute("endForm")) {
            model.addAttribute("endForm", RepresentationEndInput.startingOn(LocalDate.now(clock),
                    representative.version()));
        }
        return "mesas/mesa/representative";
    }
}
