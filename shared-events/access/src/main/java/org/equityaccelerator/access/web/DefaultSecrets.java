package org.equityaccelerator.access.web;

import org.springframework.core.env.Environment;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;

/**
 * Outside the {@value #LOCAL_PROFILE} profile a service refuses to start while any of its passwords still has the
 * default that ships for local use: a deployment must set its own (see the README's operators section for rotation).
 */
public final class DefaultSecrets {
    public static final String LOCAL_PROFILE = "local";

    private DefaultSecrets() {
    }

    /** @param defaults property name -> the local default it must not keep */
    public static void refuseOutsideLocal(Environment environment, Map<String, String> defaults) {
        if (Arrays.asList(environment.getActiveProfiles()).contains(LOCAL_PROFILE)) {
            return;
        }
        TreeSet<String> still = new TreeSet<>();
        defaults.forEach((property, value) -> {
            if (value.equals(environment.getProperty(property))) {
                still.add(property);
            }
        });
        if (!still.isEmpty()) {
            throw new IllegalStateException("refusing to start outside the '" + LOCAL_PROFILE + "' profile with the "
                    + "local default password in " + still + ": set your own (environment variables in the README) "
                    + "or run with --spring.profiles.active=" + LOCAL_PROFILE);
        }
    }
}
