package cl.circuito.shared.web;

import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Some requests are refused by Tomcat before they reach Spring (a request line or header over Tomcat's limit, an
 * invalid character in the URL): Tomcat answers those itself, with its own page in English that names the server.
 * This gives its error report valve our Spanish page instead, for every status. The valve reads a file, so the
 * page is copied out of the jar once at start-up.
 */
@Configuration(proxyBeanMethods = false)
class ServerErrorPage {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> spanishServerErrorPage() {
        Path page = extract("server/request-refused.html");
        return factory -> factory.addContextCustomizers(context -> {
            ErrorReportValve valve = new ErrorReportValve();
            valve.setShowReport(false);
            valve.setShowServerInfo(false);
            valve.setProperty("errorCode.0", page.toString());
            // The host adds its default valve only when none of this class is there already.
            context.getParent().getPipeline().addValve(valve);
        });
    }

    private static Path extract(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            Path file = Files.createTempFile("circuito-request-refused", ".html");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the server's error page", e);
        }
    }
}
