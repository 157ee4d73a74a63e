package org.equityaccelerator.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
public class QueryServiceApplication {

    public static void main(String[] args) {
        start(args);
    }

    /** Its own config name (query-service.properties): both services can share one JVM in the local stack. */
    public static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(QueryServiceApplication.class)
                .properties("spring.config.name=query-service")
                .run(args);
    }
}
