package org.equityaccelerator.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
public class CommandServiceApplication {

    public static void main(String[] args) {
        start(args);
    }

    /**
     * Its own config name (command-service.properties), so that both services can share one classpath and one JVM
     * in the local stack without reading each other's settings.
     */
    public static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(CommandServiceApplication.class)
                .properties("spring.config.name=command-service")
                .run(args);
    }
}
