package cl.circuito.identity.web;

import cl.circuito.identity.UserAdministration;
import cl.circuito.identity.web.AccountInputs.NotificationPreferences;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The token owner's notification preferences: for now, whether they get the daily e-mail digest of
 * their alerts. The same choice as the switch on "Mi cuenta".
 */
@RestController
@Tag(name = "api.tag.account", description = "api.tag.account.description")
@SecurityRequirement(name = "token")
class NotificationPreferencesApi {

    private static final String PATH = "/api/v1/me/notification-preferences";

    private final UserAdministration users;
    private final CurrentActor currentActor;

    NotificationPreferencesApi(UserAdministration users, CurrentActor currentActor) {
        this.users = users;
        this.currentActor = currentActor;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "alerts.api.get.summary", description = "alerts.api.get.description")
    @ApiResponse(responseCode = "200", description = "alerts.api.200")
    @ApiResponse(responseCode = "401", description = "api.401", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    NotificationPreferences get() {
        return new NotificationPreferences(users.account(currentActor.get()).emailAlerts());
    }

    @PutMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "alerts.api.put.summary", description = "alerts.api.put.description")
    @ApiResponse(responseCode = "200", description = "alerts.api.200")
    @ApiResponse(responseCode = "422", description = "alerts.api.422", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "api.401", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    NotificationPreferences put(@Valid @RequestBody NotificationPreferences preferences) {
        Actor actor = currentActor.get();
        users.chooseEmailAlerts(actor, preferences.dailyDigest());
        return new NotificationPreferences(users.account(actor).emailAlerts());
    }
}
