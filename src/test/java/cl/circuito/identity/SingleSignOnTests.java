package cl.circuito.identity;

import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Role;
import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on against a real OpenID Connect provider ({@link OidcTestProvider}, Spring Authorization Server):
 * an HTTP client with cookies walks the authorization-code flow as a browser would, from the button's address on
 * Circuito to the provider's login page and back. The provider vouches for the person; Circuito must find her
 * among its users, by e-mail or by RUT (in ClaveÚnica's shape), and give her the session of a password login —
 * her day page and her programs only — or refuse her in Spanish. The one test context with a provider configured.
 */
@CircuitoTest
class SingleSignOnTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    private UUID program;
    private UUID otherProgram;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        String registration = "spring.security.oauth2.client.registration.prueba.";
        registry.add(registration + "client-id", () -> OidcTestProvider.CLIENT_ID);
        registry.add(registration + "client-secret", () -> OidcTestProvider.CLIENT_SECRET);
        registry.add(registration + "client-name", () -> "Proveedor de prueba");
        registry.add(registration + "scope", () -> "openid,email");
        registry.add("spring.security.oauth2.client.provider.prueba.issuer-uri", OidcTestProvider::issuer);
        registry.add("circuito.sso.match-by", () -> "email,rut");
        registry.add("circuito.sso.rut-claim", () -> "RolUnico");
    }

    @BeforeEach
    void programs() {
        program = fixtures.program("PPF", "13101");
        otherProgram = fixtures.program("PPF", "13101");
    }

    @Test
    void aUserFoundByHerVerifiedEmailGetsHerDayPageAndHerProgramsOnly() throws Exception {
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        String login = person(Map.of("email", email(director), "email_verified", true));

        Session session = signIn(login);

        assertThat(session.landed.uri().getPath()).isEqualTo("/");
        assertThat(session.landed.statusCode()).isEqualTo(200);
        assertThat(session.landed.body()).contains(director.displayName());
        assertThat(session.get("/programs/" + program + "/monitoring").statusCode()).isEqualTo(200);
        assertThat(session.get("/programs/" + otherProgram + "/monitoring").statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("""
                        select changes ->> 'provider' from audit_event
                         where subject_id = ? and action = 'LOGGED_IN' and changes ->> 'loginMethod' = 'OIDC'""")
                .param(director.userId()).query(String.class).list()).containsExactly("Proveedor de prueba");
        assertThat(jdbc.sql("select last_login_at is not null from app_user where id = ?").param(director.userId())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aUserFoundByHerRunAsClaveUnicaGivesItGetsHerPrograms() throws Exception {
        Actor professional = fixtures.user(Role.PROGRAM_PROFESSIONAL, Set.of(program));
        String rut = Fixtures.rut();
        jdbc.sql("update app_user set rut = ? where id = ?").params(rut, professional.userId()).update();
        String[] parts = rut.split("-");
        String login = person(Map.of("RolUnico", Map.of("numero", Integer.parseInt(parts[0]), "DV", parts[1],
                "tipo", "RUN")));

        Session session = signIn(login);

        assertThat(session.landed.uri().getPath()).isEqualTo("/");
        assertThat(session.landed.body()).contains(professional.displayName());
        assertThat(session.get("/programs/" + program + "/monitoring").statusCode()).isEqualTo(200);
        assertThat(session.get("/programs/" + otherProgram + "/monitoring").statusCode()).isEqualTo(404);
    }

    @Test
    void anUnknownEmailIsRefusedInSpanishAndTheRefusalAudited() throws Exception {
        String email = Fixtures.unique("nadie").toLowerCase() + "@institucion.cl";
        String login = person(Map.of("email", email, "email_verified", true));

        Session session = signIn(login);

        assertThat(session.landed.uri().getPath()).isEqualTo("/login/sso-refused");
        assertThat(session.landed.body()).contains("Su cuenta " + email
                + " no está habilitada en Circuito; pida acceso a la administración.");
        assertThat(session.get("/").uri().getPath()).as("no session was opened").isEqualTo("/login");
        assertThat(jdbc.sql("select count(*) from audit_event where actor_name = ? and action = 'LOGIN_REFUSED'")
                .param(email).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anEmailTheProviderDidNotVerifyIsNotTakenForTheUsers() throws Exception {
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        String login = person(Map.of("email", email(director), "email_verified", false));

        Session session = signIn(login);

        assertThat(session.landed.uri().getPath()).isEqualTo("/login/sso-refused");
        assertThat(session.landed.body()).contains("no está habilitada en Circuito");
    }

    @Test
    void aDisabledUserIsRefusedTheSameWay() throws Exception {
        Actor director = fixtures.user(Role.PROGRAM_DIRECTOR, Set.of(program));
        jdbc.sql("update app_user set enabled = false where id = ?").param(director.userId()).update();
        String login = person(Map.of("email", email(director), "email_verified", true));

        Session session = signIn(login);

        assertThat(session.landed.uri().getPath()).isEqualTo("/login/sso-refused");
        assertThat(session.landed.body()).contains("Su cuenta " + email(director) + " no está habilitada en Circuito");
        assertThat(jdbc.sql("select count(*) from audit_event where subject_id = ? and action = 'LOGIN_REFUSED'")
                .param(director.userId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theLoginPageOffersTheProvider() throws Exception {
        Session session = new Session();
        HttpResponse<String> page = session.get("/login");
        assertThat(page.body()).contains("Ingresar con Proveedor de prueba").contains("/oauth2/authorization/prueba");
    }

    private String email(Actor user) {
        return jdbc.sql("select email from app_user where id = ?").param(user.userId()).query(String.class).single();
    }

    /** Someone the provider knows, with these claims in her ID token; her login name there. */
    private static String person(Map<String, Object> claims) {
        String login = Fixtures.unique("persona");
        OidcTestProvider.person(login, claims);
        return login;
    }

    /** From Circuito's button to the provider's login page, logging in there, and back to wherever Circuito sends. */
    private Session signIn(String login) throws IOException, InterruptedException {
        Session session = new Session();
        HttpResponse<String> providerLogin = session.get("/oauth2/authorization/prueba");
        assertThat(providerLogin.uri().toString()).startsWith(OidcTestProvider.issuer() + "/login");
        Matcher csrf = CSRF.matcher(providerLogin.body());
        assertThat(csrf.find()).as("the provider's login form, after " + chain(providerLogin)).isTrue();
        String form = "username=" + encode(login) + "&password=" + encode(OidcTestProvider.PASSWORD)
                + "&_csrf=" + encode(csrf.group(1));
        session.landed = session.client.send(HttpRequest.newBuilder(providerLogin.uri())
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return session;
    }

    private static String chain(HttpResponse<String> response) {
        StringBuilder all = new StringBuilder();
        for (HttpResponse<String> r = response; r != null; r = r.previousResponse().orElse(null)) {
            all.append(r.statusCode()).append(' ').append(r.uri()).append(' ').append(r.headers().firstValue("location").orElse("")).append(" <- ");
        }
        return all.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A browser's cookies, following redirects; Circuito on 127.0.0.1, the address it gave the provider. */
    private final class Session {

        final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> landed;

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
