package cl.circuito.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.security.web.csrf.CsrfToken;

import java.io.IOException;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real OpenID Connect provider for the single sign-on tests: Spring Authorization Server on its own Tomcat, on a
 * free port of 127.0.0.1, in a small context of its own (no Boot auto-configuration, no database). It knows one
 * client, Circuito, and whoever a test gives claims to ({@link #person}); each logs in on its login page with
 * {@link #PASSWORD}, and her ID token carries those claims (an e-mail, a RUT…). Not a Spring component: the
 * application's context must not pick it up.
 */
@EnableWebSecurity
class OidcTestProvider {

    static final String CLIENT_ID = "circuito";
    static final String CLIENT_SECRET = "secreto-de-prueba";
    static final String PASSWORD = "clave-del-proveedor";

    private static final Map<String, Map<String, Object>> PEOPLE = new ConcurrentHashMap<>();
    private static ConfigurableApplicationContext running;

    /** The provider's issuer, started on first use and stopped with the JVM. */
    static synchronized String issuer() {
        if (running == null) {
            SpringApplication application = new SpringApplication(OidcTestProvider.class);
            application.setWebApplicationType(WebApplicationType.SERVLET);
            application.setDefaultProperties(Map.of("spring.config.name", "oidc-test-provider",
                    "spring.main.banner-mode", "off"));
            running = application.run();
        }
        int port = ((WebServerApplicationContext) running).getWebServer().getPort();
        return "http://127.0.0.1:" + port;
    }

    /** Someone the provider knows, logging in as {@code login}, whose ID token carries {@code claims}. */
    static void person(String login, Map<String, Object> claims) {
        PEOPLE.put(login, Map.copyOf(claims));
    }

    @Bean
    TomcatServletWebServerFactory webServer() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        factory.setAddress(java.net.InetAddress.getLoopbackAddress());
        factory.setRegisterDefaultServlet(true); // Tomcat runs the filters (the whole provider) only before a servlet

        return factory;
    }

    @Bean
    DelegatingFilterProxyRegistrationBean securityFilter() {
        return new DelegatingFilterProxyRegistrationBean("springSecurityFilterChain");
    }

    /** The provider's login page: a plain form, as an identity provider's would be. */
    @Bean
    ServletRegistrationBean<HttpServlet> loginPage() {
        HttpServlet page = new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
                response.setContentType("text/html;charset=UTF-8");
                response.getWriter().write("<!DOCTYPE html><html><body><form method=\"post\" action=\"/login\">"
                        + "<input name=\"username\"><input name=\"password\" type=\"password\">"
                        + "<input name=\"_csrf\" type=\"hidden\" value=\"" + csrf.getToken() + "\">"
                        + "<button>Entrar</button></form></body></html>");
            }
        };
        return new ServletRegistrationBean<>(page, "/login");
    }

    @Bean
    SecurityFilterChain provider(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
        return http.build();
    }

    @Bean
    UserDetailsService people() {
        return login -> {
            if (!PEOPLE.containsKey(login)) {
                throw new UsernameNotFoundException(login);
            }
            return User.withUsername(login).password("{noop}" + PASSWORD).roles("PERSON").build();
        };
    }

    /** Circuito, redirected back to on 127.0.0.1 (a loopback address: any port, as RFC 8252 allows). */
    @Bean
    RegisteredClientRepository clients() {
        return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(CLIENT_ID)
                .clientSecret("{noop}" + CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://127.0.0.1/login/oauth2/code/prueba")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.EMAIL)
                .build());
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> claims() {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                context.getClaims().claims(all -> all.putAll(PEOPLE.getOrDefault(context.getPrincipal().getName(),
                        Map.of())));
            }
        };
    }

    @Bean
    JWKSource<SecurityContext> keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /** For the user-info endpoint, which reads the access tokens it issued. */
    @Bean
    JwtDecoder tokens(JWKSource<SecurityContext> keys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    @Bean
    AuthorizationServerSettings settings() {
        return AuthorizationServerSettings.builder().build();
    }
}
