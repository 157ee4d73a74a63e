package org.equityaccelerator.local.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables a service reads, derived from its {@code application.properties}: every {@code ${NAME:...}}
 * placeholder, every property key in its relaxed environment form (Spring's binding: upper case, dots and dashes as
 * underscores), the Kafka client passthrough prefix and the JVM's own variable.
 */
record ReadableSettings(String service, Map<String, String> properties, Set<String> variables) {
    static final String KAFKA_PASSTHROUGH = "ACCELERATOR_KAFKA_PROPERTIES_";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):");

    static ReadableSettings of(Path repository, String service) {
        Path file = repository.resolve(service).resolve("src/main/resources/application.properties");
        try {
            String text = Files.readString(file);
            Properties properties = new Properties();
            properties.load(new java.io.StringReader(text));
            Map<String, String> map = new LinkedHashMap<>();
            properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
            Set<String> variables = new TreeSet<>(Set.of("JAVA_TOOL_OPTIONS"));
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                variables.add(m.group(1));
            }
            map.keySet().forEach(k -> variables.add(relaxed(k)));
            return new ReadableSettings(service, map, variables);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String relaxed(String propertyKey) {
        return propertyKey.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    boolean reads(String variable) {
        return variables.contains(variable) || variable.startsWith(KAFKA_PASSTHROUGH);
    }

    /** The default of a setting: {@code server.port=${COMMAND_PORT:8081}} gives 8081. */
    String defaultOf(String key) {
        String value = properties.get(key);
        Matcher m = Pattern.compile("\\$\\{[A-Z0-9_]+:([^}]*)}").matcher(value);
        return m.matches() ? m.group(1) : value;
    }
}
