package cl.circuito.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param enabled load the demo data into an empty database at start-up (local profile only) */
@ConfigurationProperties("circuito.demo-data")
record DemoProperties(boolean enabled) {
}
