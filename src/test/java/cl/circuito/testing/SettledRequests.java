package cl.circuito.testing;

import jakarta.servlet.Filter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Every MockMvc request waits first until the work that follows earlier commits (letters drafted, estimates
 * recomputed, on Spring's task executor) is done, as a user opening the next page a moment later finds it. Without
 * this, a test reading a page right after a write raced that work and failed now and then; with it, no test has
 * to remember to wait. Tests that call services directly still use {@link Fixtures#settle()}.
 */
@TestConfiguration(proxyBeanMethods = false)
class SettledRequests {

    @Bean
    MockMvcBuilderCustomizer settledBeforeEachRequest(Fixtures fixtures) {
        Filter settle = (request, response, chain) -> {
            fixtures.settle();
            chain.doFilter(request, response);
        };
        return builder -> builder.addFilters(settle);
    }
}
