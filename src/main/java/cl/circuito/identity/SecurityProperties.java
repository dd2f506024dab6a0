package cl.circuito.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param maxFailedLogins wrong passwords in a row before the account is locked
 * @param lockout         how long it stays locked
 */
@ConfigurationProperties("circuito.security")
record SecurityProperties(int maxFailedLogins, Duration lockout) {
}
