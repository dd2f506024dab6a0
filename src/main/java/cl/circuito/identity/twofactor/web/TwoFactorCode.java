package cl.circuito.identity.twofactor.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A code typed to prove the second factor: six digits from the authenticator app, or a recovery code. The one
 * input of the code step of the login and of the enrolment page's forms (confirm, disable, new recovery codes).
 */
public record TwoFactorCode(@NotBlank @Size(max = 40) String code) {
}
