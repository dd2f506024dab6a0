package cl.circuito.identity;

import cl.circuito.identity.sso.SingleSignOnProviders;
import cl.circuito.identity.tokens.ApiTokenManagement;
import cl.circuito.shared.security.CurrentActor;
import cl.circuito.shared.web.Messages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Two channels, two chains: the API authenticates personal tokens and keeps no session; the pages
 * use form login, a session in the database, CSRF tokens and strict security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, and able to verify older hash formats if the default ever changes.
        PasswordEncoder delegating = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        String unset = delegating.encode("an invited user's password is not set");
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return delegating.encode(raw);
            }

            /** bcrypt refuses to read over 72 bytes; no password that long was ever set, so it simply does not match. */
            @Override
            public boolean matches(CharSequence raw, String encoded) {
                if (encoded == null) {
                    // An invited user who has not chosen a password yet: nothing matches, after the same work as
                    // any other account (SignInChecks: the login tells nothing about which accounts exist).
                    delegating.matches(raw, unset);
                    return false;
                }
                if (raw != null && raw.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                        > UserAdministration.MAX_PASSWORD_BYTES) {
                    return false;
                }
                return delegating.matches(raw, encoded);
            }

            @Override
            public boolean upgradeEncoding(String encoded) {
                return encoded != null && delegating.upgradeEncoding(encoded);
            }
        };
    }

    /** Publishes login successes and failures, which {@link LoginThrottling} counts. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        return new DefaultAuthenticationEventPublisher(events);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokenManagement tokens, Messages messages, JsonMapper json)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Only bearer tokens are accepted here, never the session cookie, so there is no CSRF to guard.
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new ApiTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) ->
                                problem(response, json, messages, HttpStatus.UNAUTHORIZED, "error.unauthorized"))
                        .accessDeniedHandler((request, response, e) ->
                                problem(response, json, messages, HttpStatus.FORBIDDEN, "error.forbidden")))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, CurrentActor actors, TwoFactorLogin twoFactorLogin,
                              SingleSignOnLogin singleSignOn) throws Exception {
        http.addFilterAfter(new ActiveAccountFilter(actors), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new TwoFactorGate(), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", TwoFactorLogin.CODE_PAGE, "/error", "/error/**", "/webjars/**", "/assets/**",
                                "/favicon.ico", "/actuator/health/**", "/invitation/**", "/v3/api-docs/**",
                                "/swagger-ui/**", "/swagger-ui.html", SingleSignOnProviders.REFUSED_URL).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(twoFactorLogin).failureUrl("/login?error"))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("SESSION"))
                // An idle session ends after spring.session.timeout; say so rather than just asking to log in.
                .sessionManagement(session -> session.invalidSessionUrl("/login?expired"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                                "camera=(), microphone=(), geolocation=()")));
        singleSignOn.configure(http); // only where a deployment configured an OpenID Connect provider
        return http.build();
    }

    private static void problem(HttpServletResponse response, JsonMapper json, Messages messages, HttpStatus status,
                                String detailKey)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", messages.get("error.title." + status.value()));
        problem.put("status", status.value());
        problem.put("detail", messages.get(detailKey));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
