package cl.circuito.network.web;

import cl.circuito.network.ProgramDirectory;
import cl.circuito.network.ProgramSummary;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.List;

/** Puts the user's name and programs in every page's navigation bar. */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

    private final CurrentActor currentActor;
    private final ProgramDirectory programs;

    NavigationAdvice(CurrentActor currentActor, ProgramDirectory programs) {
        this.currentActor = currentActor;
        this.programs = programs;
    }

    @ModelAttribute
    void navigation(Model model, HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return; // the API has no navigation bar
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return;
        }
        Actor actor = currentActor.get();
        List<ProgramSummary> visible = programs.visibleTo(actor.scope());
        model.addAttribute("navUserName", actor.displayName());
        model.addAttribute("navPrograms", visible);
    }
}
