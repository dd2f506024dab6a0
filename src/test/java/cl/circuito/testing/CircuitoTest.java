package cl.circuito.testing;

import cl.circuito.documents.exports.DocumentsScenario;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on the shared embedded PostgreSQL, listening on a random port (for the browser journeys
 * and the tests of the real server) and with MockMvc. Every integration test uses it, so the suite starts one
 * Spring context (plus the demo data's, {@link DemoWorld}, and a module test's, where a module that needs no other
 * shows its behaviour alone: {@code ChildRegistryTests}); tests create their own uniquely named data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({Fixtures.class, AfterCommitWork.class, MesaFixtures.class, SettledRequests.class, DocumentsScenario.class})
public @interface CircuitoTest {
}
