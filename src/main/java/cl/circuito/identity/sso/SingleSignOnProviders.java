package cl.circuito.identity.sso;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The OpenID Connect providers a deployment registered (Spring's {@code spring.security.oauth2.client.registration.*}),
 * as the login page offers them, and what the pages know of a login one of them did not let through. None without
 * a registration: then there is no single sign-on at all.
 */
@Component
public class SingleSignOnProviders {

    /** The page explaining a refused or failed login. */
    public static final String REFUSED_URL = "/login/sso-refused";
    /** The session attribute carrying a {@link Refusal} to that page. */
    public static final String REFUSAL = SingleSignOnProviders.class.getName() + ".refusal";

    private final ObjectProvider<ClientRegistrationRepository> registrations;

    SingleSignOnProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
        this.registrations = registrations;
    }

    /** A provider on the login page: the id in its login address and the name on its button. */
    public record Provider(String id, String name) {
    }

    /**
     * A login that did not let the person in: refused (no enabled user has the identity the provider gave, which
     * {@code claimedBy} is, or null when it gave none usable) or failed at the provider ({@code refused} false).
     */
    public record Refusal(String claimedBy, String provider, boolean refused) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** The registrations, when there are any. */
    public Optional<ClientRegistrationRepository> registrations() {
        return Optional.ofNullable(registrations.getIfAvailable());
    }

    /** The providers configured, in the order of the configuration; none without single sign-on. */
    public List<Provider> all() {
        List<Provider> providers = new ArrayList<>();
        if (registrations().orElse(null) instanceof Iterable<?> all) {
            for (Object each : all) {
                ClientRegistration registration = (ClientRegistration) each;
                providers.add(new Provider(registration.getRegistrationId(), nameOf(registration)));
            }
        }
        return providers;
    }

    /** The name people know a provider by: its {@code client-name}, or else its registration id. */
    public static String nameOf(ClientRegistration registration) {
        return StringUtils.hasText(registration.getClientName()) ? registration.getClientName()
                : registration.getRegistrationId();
    }
}
