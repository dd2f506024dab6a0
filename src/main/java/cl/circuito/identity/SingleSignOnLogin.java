package cl.circuito.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import cl.circuito.identity.sso.SingleSignOnProviders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import java.io.IOException;
import java.io.Serial;
import java.util.UUID;

/**
 * Single sign-on on the pages, where a deployment registered an OpenID Connect provider (ClaveÚnica, an
 * institution's Google Workspace or Microsoft Entra): the login page offers "Ingresar con …", the provider vouches
 * for the person and {@link SingleSignOn} finds her among the users. Her session then holds the same principal as
 * after a password ({@link CircuitoPrincipal}), so roles, scope and every page work unchanged. Without a
 * registration nothing of this is set up: no button, no OAuth endpoint.
 */
@Component
class SingleSignOnLogin {

    private final SingleSignOnProviders providers;
    private final SingleSignOn sso;
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

    SingleSignOnLogin(SingleSignOnProviders providers, SingleSignOn sso) {
        this.providers = providers;
        this.sso = sso;
    }

    /** Adds the OpenID Connect login to the pages' chain, when a provider is configured. */
    void configure(HttpSecurity http) throws Exception {
        if (providers.registrations().isEmpty()) {
            return;
        }
        OidcUserService provider = new OidcUserService();
        // ClaveÚnica gives the RUN on its user-info endpoint, under scopes ("run") Spring does not ask it for by default.
        provider.setRetrieveUserInfo(request -> StringUtils.hasText(
                request.getClientRegistration().getProviderDetails().getUserInfoEndpoint().getUri()));
        http.oauth2Login(login -> login.loginPage("/login")
                .authorizedClientRepository(new NoTokensKept())
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(request -> recognise(provider, request)))
                .successHandler(this::succeeded)
                .failureHandler(this::failed));
    }

    private OidcUser recognise(OidcUserService provider, OidcUserRequest request) {
        OidcUser person = provider.loadUser(request);
        UUID userId = sso.recognise(SingleSignOnProviders.nameOf(request.getClientRegistration()), person);
        return new Recognised(person, userId);
    }

    private void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        String provider = providerOf(authentication);
        if (!(authentication.getPrincipal() instanceof Recognised recognised)) {
            failed(request, response, new SingleSignOnRefused(provider, null, null));
            return;
        }
        CircuitoPrincipal principal;
        try {
            principal = sso.loggedIn(recognised.userId(), provider);
        } catch (SingleSignOnRefused refusal) {
            failed(request, response, refusal);
            return;
        }
        UsernamePasswordAuthenticationToken session =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        session.setDetails(authentication.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(session);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        response.sendRedirect(request.getContextPath() + "/");
    }

    private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        SecurityContextHolder.clearContext();
        contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
        SingleSignOnProviders.Refusal refusal;
        if (failure instanceof SingleSignOnRefused refused) {
            sso.refused(refused);
            refusal = new SingleSignOnProviders.Refusal(refused.claimedBy(), refused.provider(), true);
        } else {
            refusal = new SingleSignOnProviders.Refusal(null, null, false);
        }
        request.getSession().setAttribute(SingleSignOnProviders.REFUSAL, refusal);
        response.sendRedirect(request.getContextPath() + SingleSignOnProviders.REFUSED_URL);
    }

    private String providerOf(Authentication authentication) {
        if (authentication instanceof OAuth2AuthenticationToken token) {
            ClientRegistrationRepository repository = providers.registrations().orElse(null);
            ClientRegistration registration = repository == null ? null
                    : repository.findByRegistrationId(token.getAuthorizedClientRegistrationId());
            return registration == null ? token.getAuthorizedClientRegistrationId() : SingleSignOnProviders.nameOf(registration);
        }
        return "?";
    }

    /**
     * Circuito calls no API of the provider: once the person is recognised its tokens serve nothing, so none is
     * kept (neither in memory, where nodes would not share them, nor in the session).
     */
    private static final class NoTokensKept implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registrationId,
                                                                          Authentication principal,
                                                                          HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
                                         HttpServletRequest request, HttpServletResponse response) {
            // nothing kept
        }

        @Override
        public void removeAuthorizedClient(String registrationId, Authentication principal,
                                           HttpServletRequest request, HttpServletResponse response) {
            // nothing kept
        }
    }

    /** The provider's person, with the user she was recognised as, until the session holds that user instead. */
    private static final class Recognised extends DefaultOidcUser {

        @Serial
        private static final long serialVersionUID = 1L;

        private final UUID userId;

        Recognised(OidcUser person, UUID userId) {
            super(person.getAuthorities(), person.getIdToken(), person.getUserInfo());
            this.userId = userId;
        }

        UUID userId() {
            return userId;
        }
    }
}
