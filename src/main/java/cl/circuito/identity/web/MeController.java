package cl.circuito.identity.web;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the API token belongs to: the simplest way for a machine client to check its token works.
 * The springdoc texts are message keys (springdoc resolves them from the bundles).
 */
@RestController
@Tag(name = "api.tag.account", description = "api.tag.account.description")
class MeController {

    private final CurrentActor currentActor;

    MeController(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    /** The token owner's username, full name and role. */
    record Me(String username, String fullName, Role role) {
    }

    @GetMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "api.me.summary", description = "api.me.description")
    @ApiResponse(responseCode = "200", description = "api.me.200")
    @ApiResponse(responseCode = "401", description = "api.401", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    Me me() {
        Actor actor = currentActor.get();
        return new Me(actor.username(), actor.displayName(), actor.role());
    }
}
