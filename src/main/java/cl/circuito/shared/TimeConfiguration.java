package cl.circuito.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/**
 * Circuito's clock: Chile's time zone, because deadlines count Chilean business days and "today"
 * must be the day in Chile, whatever zone the server runs in. Tests replace it to fix the date.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock(@Value("${circuito.zone-id}") String zoneId) {
        return Clock.system(ZoneId.of(zoneId));
    }
}
