package cl.circuito.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on the fictional demo data, as the README's run command loads it on the day the test
 * runs, in a database of its own ({@code demo}, on the shared embedded server) so nothing else disturbs it. The
 * demo goes through every capability, which makes it the richest world to check invariants on and to throw
 * malformed input at. Every class using it shares one context, so the demo is loaded once per run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"circuito.demo-data.enabled=true", "circuito.embedded-db.database=demo"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface DemoWorld {
}
