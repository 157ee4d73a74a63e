package org.equityaccelerator.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;

/**
 * Both services read the standard {@code application.properties}; in the local stack they share one classpath, where
 * that name would find only the first service's file. This finds each service's own file, next to its classes.
 */
public final class ServiceConfig {
    private ServiceConfig() {
    }

    /** {@code --spring.config.location=} the {@code application.properties} of the jar or directory holding the class. */
    public static String locationOf(Class<?> application) {
        String home = application.getProtectionDomain().getCodeSource().getLocation().toString();
        try {
            for (URL url : Collections.list(application.getClassLoader().getResources("application.properties"))) {
                if (url.toString().startsWith(home) || url.toString().startsWith("jar:" + home)) {
                    return "--spring.config.location=" + url;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no application.properties next to " + application.getName() + " in " + home);
    }
}
