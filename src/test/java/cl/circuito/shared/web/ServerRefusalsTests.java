package cl.circuito.shared.web;

import cl.circuito.testing.CircuitoTest;
import cl.circuito.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Tomcat refuses before Spring sees it — a request line longer than its limit — is answered in Spanish by
 * Circuito's own page, never Tomcat's English report naming the server. Needs a real server: MockMvc has no Tomcat.
 */
@CircuitoTest
class ServerRefusalsTests {

    @LocalServerPort int port;

    @Test
    void anOverLongAddressGetsTheSpanishPageNotTomcats() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/programs?q=" + "x".repeat(20_000))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("lang=\"es-CL\"", "No pudimos procesar la solicitud", "Nada se guardó")
                .doesNotContain("Apache Tomcat", "HTTP Status", "Bad Request", "Exception");
    }
}
