package cl.circuito.shared;

import org.springframework.beans.factory.config.BeanPostProcessor;
import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Sessions live in PostgreSQL (several nodes). Two requests of one session at the same moment (two tabs,
 * htmx and a page) may both add the same attribute; Spring Session's PostgreSQL customizer writes
 * attributes with {@code insert … on conflict do update}, so the second one updates instead of failing
 * with a duplicate key (seen under load in bench/run.sh).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * The session filter gets the database's sessions through {@link SessionTouches}: no write per page view when
     * nothing but the clock moved. Wrapped after creation, so Spring Boot still configures (and cleans up) them.
     */
    @Bean
    static BeanPostProcessor sessionTouches() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository sessions ? new SessionTouches(sessions) : bean;
            }
        };
    }

    /** Around Spring Session's filter: what {@link SessionTouches} remembers lasts one request. */
    @Bean
    FilterRegistrationBean<Filter> sessionTouchesScope() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(SessionTouches.scope());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }
}
