package cl.circuito;

import org.springframework.boot.SpringApplication;

/**
 * The local run (the README's {@code ./mvnw spring-boot:test-run}): Circuito on the test classpath, where the
 * embedded PostgreSQL lives ({@code shared.database.EmbeddedDatabaseConfiguration}, switched on by the local
 * profile), so the production jar carries none of its binaries. The component scan skips test classes and
 * {@code @TestComponent}s here as in the tests (spring-boot-test registers its exclude filter); a plain
 * {@code @Configuration} under src/test is picked up, so one meant for tests only says {@code @Profile("test")}.
 */
public class TestCircuitoApplication {

    public static void main(String[] args) {
        SpringApplication.from(CircuitoApplication::main).run(args);
    }
}
