package org.equityaccelerator.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
public class QueryServiceApplication {

    public static void main(String[] args) {
        start(args);
    }

    /**
     * Reads the standard {@code application.properties}. Where both services share one classpath (the local stack),
     * the caller points {@code spring.config.location} at this service's own file.
     */
    public static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(QueryServiceApplication.class).run(args);
    }
}
