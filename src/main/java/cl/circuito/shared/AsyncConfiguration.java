package cl.circuito.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * The work that follows a committed change (drafting letters, recomputing estimated admission dates) runs on
 * Spring Boot's task executor ({@code spring.task.execution.*}), not on the request's thread. On the request's
 * thread it ran after the commit while the request still held its connection, and took a second one: with every
 * thread doing that at once, the pool could run dry with everyone waiting. The event publication registry
 * (Spring Modulith, table {@code event_publication}) keeps each event until its listener has completed, and
 * {@link IncompletePublications} resubmits those a crash interrupted.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {
}
