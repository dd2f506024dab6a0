package cl.circuito.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * How a deployment's OpenID Connect provider names its people, and how Circuito recognises them among its users.
 * The provider itself (its issuer, client id and secret, scopes and the name on the login button) is set with
 * Spring's {@code spring.security.oauth2.client.registration.*} and {@code provider.*}; without a registration
 * there is no single sign-on at all.
 *
 * @param matchBy      the ways to recognise a user, tried in this order: {@code email}, {@code rut} or both
 * @param emailClaim   the claim holding the e-mail ({@code email}; Microsoft Entra may need {@code preferred_username})
 * @param emailTrusted whether to take the e-mail without an {@code email_verified} claim saying it is true: for an
 *                     institution's own directory (Entra, Google Workspace), whose addresses it issues itself
 * @param rutClaim     the claim holding the RUT/RUN: either text ("12.345.678-5", "12345678-5") or an object with
 *                     its number and check digit, as ClaveÚnica's {@code RolUnico} ({"numero": 12345678, "DV": "5"})
 */
@ConfigurationProperties("circuito.sso")
record SingleSignOnProperties(@DefaultValue("email") List<MatchBy> matchBy,
                              @DefaultValue("email") String emailClaim,
                              @DefaultValue("false") boolean emailTrusted,
                              @DefaultValue("rut") String rutClaim) {

    enum MatchBy { EMAIL, RUT }
}
