package cl.circuito;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CircuitoApplication {

    public static void main(String[] args) {
        SpringApplication.run(CircuitoApplication.class, args);
    }
}
