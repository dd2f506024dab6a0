package cl.circuito.network.web;

import cl.circuito.network.ProgramDirectory;
import cl.circuito.shared.security.AccessScope;
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

/** Puts the user's name and programs in every page's navigation bar. */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

    /** Up to this many programs are named in the bar; more are reached through the programs page. */
    private static final int NAMED_IN_BAR = 3;

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
        model.addAttribute("navUserName", actor.displayName());
        // Programs assigned by name are few and usually the page's own program: loading them costs one query
        // that the page's own lookup then reuses. A region or the nation is a link, never 1,500 programs
        // loaded on every page.
        if (actor.scope() instanceof AccessScope.Programs assigned && assigned.programIds().size() <= NAMED_IN_BAR) {
            model.addAttribute("navPrograms", programs.visibleTo(actor.scope()));
        } else if (!(actor.scope() instanceof AccessScope.Nothing)) {
            model.addAttribute("navAllPrograms", true);
        }
    }
}
