package cl.circuito.shared;

import cl.circuito.shared.text.ChileanDates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * Circuito's clock: Chile's time zone, because deadlines count Chilean business days and "today"
 * must be the day in Chile, whatever zone the server runs in. The same zone every date and hour is shown in
 * ({@link ChileanDates#CHILE}): a setting of its own could only make the two disagree. Tests replace it to fix
 * the date.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(ChileanDates.CHILE);
    }
}
