package cl.circuito.networkmap.map.web;

import cl.circuito.mesas.MesaDirectory;
import cl.circuito.mesas.MesaHeader;
import cl.circuito.mesas.MesaHeaders;
import cl.circuito.networkmap.map.ActorKind;
import cl.circuito.networkmap.map.CircuitRole;
import cl.circuito.networkmap.map.MesaTie;
import cl.circuito.networkmap.map.NetworkMapView;
import cl.circuito.networkmap.map.NetworkMaps;
import cl.circuito.networkmap.map.Protocols;
import cl.circuito.networkmap.map.TieKind;
import cl.circuito.networkmap.map.web.NetworkInputs.ActorInput;
import cl.circuito.networkmap.map.web.NetworkInputs.NoteInput;
import cl.circuito.networkmap.map.web.NetworkInputs.PositionInput;
import cl.circuito.networkmap.map.web.NetworkInputs.TieInput;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.FormSubmit;
import cl.circuito.shared.web.Messages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The Mesa's tab "Red y protocolos": the network map (graph, table of actors, list of ties, diagnosis notes) and
 * the forms of the co-facilitators, which all work without JavaScript; the graph only adds the drawing.
 */
@Controller
class NetworkMapController {

    private final CurrentActor currentActor;
    private final MesaHeaders headers;
    private final NetworkMaps maps;
    private final Protocols protocols;
    private final MesaDirectory directory;
    private final NetworkGraph graph;
    private final Messages messages;
    private final Clock clock;

    NetworkMapController(CurrentActor currentActor, MesaHeaders headers, NetworkMaps maps, Protocols protocols,
                         MesaDirectory directory, NetworkGraph graph, Messages messages, Clock clock) {
        this.currentActor = currentActor;
        this.headers = headers;
        this.maps = maps;
        this.protocols = protocols;
        this.directory = directory;
        this.graph = graph;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/mesas/{mesaId}/network")
    String network(@PathVariable UUID mesaId, Model model) {
        model.addAttribute("tieForm", TieInput.blank());
        model.addAttribute("noteForm", NoteInput.blank());
        return page(headers.of(currentActor.get(), mesaId), model);
    }

    // --- actors ---

    @GetMapping("/mesas/{mesaId}/network/actors/new")
    String newActor(@PathVariable UUID mesaId, Model model) {
        model.addAttribute("actorForm", ActorInput.blank());
        return actorPage(editableHeader(mesaId), null, model);
    }

    @PostMapping("/mesas/{mesaId}/network/actors")
    String place(@PathVariable UUID mesaId, @Valid @ModelAttribute("actorForm") ActorInput input,
                 BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        MesaHeader header = editableHeader(mesaId);
        if (FormSubmit.tried(result, response, () -> maps.place(actor, mesaId, input.details()))) {
            return saved(redirect, mesaId, "networkmap.actor.saved");
        }
        return actorPage(header, null, model);
    }

    @GetMapping("/mesas/{mesaId}/network/actors/{actorId}")
    String editActor(@PathVariable UUID mesaId, @PathVariable UUID actorId, Model model) {
        MesaHeader header = editableHeader(mesaId);
        model.addAttribute("actorForm", ActorInput.of(maps.actor(currentActor.get(), mesaId, actorId)));
        return actorPage(header, actorId, model);
    }

    @PostMapping("/mesas/{mesaId}/network/actors/{actorId}")
    String describe(@PathVariable UUID mesaId, @PathVariable UUID actorId,
                    @Valid @ModelAttribute("actorForm") ActorInput input, BindingResult result, Model model,
                    RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        MesaHeader header = editableHeader(mesaId);
        if (FormSubmit.tried(result, response, () -> maps.describe(actor, mesaId, actorId, input.version(),
                input.details()))) {
            return saved(redirect, mesaId, "networkmap.actor.saved");
        }
        return actorPage(header, actorId, model);
    }

    /** The confirmation, which says how many ties go with the actor. */
    @GetMapping("/mesas/{mesaId}/network/actors/{actorId}/remove")
    String confirmRemove(@PathVariable UUID mesaId, @PathVariable UUID actorId, Model model) {
        MesaHeader header = editableHeader(mesaId);
        model.addAttribute("mesaHeader", header);
        model.addAttribute("networkActor", maps.actor(currentActor.get(), mesaId, actorId));
        return "networkmap/actor-remove";
    }

    @PostMapping("/mesas/{mesaId}/network/actors/{actorId}/remove")
    String remove(@PathVariable UUID mesaId, @PathVariable UUID actorId, @RequestParam(required = false) Long version,
                  RedirectAttributes redirect) {
        int ties = maps.remove(currentActor.get(), mesaId, actorId, version);
        redirect.addFlashAttribute("success", messages.get("networkmap.actor.removed", ties));
        return "redirect:/mesas/" + mesaId + "/network";
    }

    @PostMapping("/mesas/{mesaId}/network/members")
    String incorporateMembers(@PathVariable UUID mesaId, RedirectAttributes redirect) {
        int added = maps.incorporateMembers(currentActor.get(), mesaId);
        redirect.addFlashAttribute("success", messages.get("networkmap.members.incorporated", added));
        return "redirect:/mesas/" + mesaId + "/network";
    }

    // --- ties, notes, positions ---

    @PostMapping("/mesas/{mesaId}/network/ties")
    String connect(@PathVariable UUID mesaId, @Valid @ModelAttribute("tieForm") TieInput input,
                   BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        MesaHeader header = editableHeader(mesaId);
        if (FormSubmit.tried(result, response, () -> maps.connect(actor, mesaId, input.details()))) {
            return saved(redirect, mesaId, "networkmap.tie.saved");
        }
        model.addAttribute("noteForm", NoteInput.blank());
        return page(header, model);
    }

    @PostMapping("/mesas/{mesaId}/network/ties/{tieId}/remove")
    String disconnect(@PathVariable UUID mesaId, @PathVariable UUID tieId, @RequestParam(required = false) Long version,
                      RedirectAttributes redirect) {
        maps.disconnect(currentActor.get(), mesaId, tieId, version);
        return saved(redirect, mesaId, "networkmap.tie.removed");
    }

    @PostMapping("/mesas/{mesaId}/network/notes")
    String writeNote(@PathVariable UUID mesaId, @Valid @ModelAttribute("noteForm") NoteInput input,
                     BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = currentActor.get();
        MesaHeader header = editableHeader(mesaId);
        if (FormSubmit.tried(result, response, () -> maps.writeNote(actor, mesaId, input.text()))) {
            return saved(redirect, mesaId, "networkmap.note.saved");
        }
        model.addAttribute("tieForm", TieInput.blank());
        return page(header, model);
    }

    /** Sent by the map's script when an actor is dragged or the map is reordered: the API's JSON, on the session. */
    @PostMapping("/mesas/{mesaId}/network/positions")
    ResponseEntity<Void> arrange(@PathVariable UUID mesaId, @RequestBody List<PositionInput> positions) {
        maps.arrange(currentActor.get(), mesaId, positions.stream().map(PositionInput::position).toList());
        return ResponseEntity.noContent().build();
    }

    // --- pages ---

    private String page(MesaHeader header, Model model) {
        Actor actor = currentActor.get();
        NetworkMapView view = maps.map(actor, header.id());
        model.addAttribute("mesaHeader", header);
        model.addAttribute("network", view);
        model.addAttribute("graphJson", graph.json(view));
        model.addAttribute("imageName", NetworkGraph.imageName(header.comunaName(), LocalDate.now(clock)));
        model.addAttribute("tieKinds", TieKind.values());
        model.addAttribute("ties", MesaTie.values());
        model.addAttribute("kinds", ActorKind.values());
        model.addAttribute("protocols", protocols.list(actor, header.id()));
        return "networkmap/network";
    }

    private String actorPage(MesaHeader header, UUID actorId, Model model) {
        MesaDirectory.MemberChoices choices = directory.memberChoices(header.id());
        model.addAttribute("mesaHeader", header);
        model.addAttribute("actorId", actorId);
        model.addAttribute("kinds", ActorKind.values());
        model.addAttribute("roles", CircuitRole.values());
        model.addAttribute("ties", MesaTie.values());
        model.addAttribute("choices", choices);
        model.addAttribute("members", directory.currentMembers(currentActor.get(), header.id()));
        return "networkmap/actor-form";
    }

    private MesaHeader editableHeader(UUID mesaId) {
        MesaHeader header = headers.of(currentActor.get(), mesaId);
        header.standing().requireEdit();
        return header;
    }

    private String saved(RedirectAttributes redirect, UUID mesaId, String key) {
        redirect.addFlashAttribute("success", messages.get(key));
        return "redirect:/mesas/" + mesaId + "/network";
    }
}
