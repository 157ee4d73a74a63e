package org.equityaccelerator.local.deploy;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The images cannot be built here (no registry for the base image), so this checks the Jib configuration the
 * {@code image} profile gives each service, resolved with the service's own properties: base image pinned by digest,
 * a user that is not root, container-aware memory flags, the service's port and main class, a tar without a daemon.
 */
class ImageConfigurationTest {
    static final Path REPO = DeploymentFilesTest.REPO;

    @Test
    void eachServiceImageIsPinnedNonRootContainerAwareAndRunsTheService() throws Exception {
        Document parent = parse(REPO.resolve("pom.xml"));
        Element jib = jibPlugin(parent);
        Map<String, String> parentProperties = properties(parent.getDocumentElement());
        for (Map.Entry<String, String> service : Map.of(
                "command-service", "org.equityaccelerator.command.CommandServiceApplication",
                "query-service", "org.equityaccelerator.query.QueryServiceApplication").entrySet()) {
            Map<String, String> props = new java.util.HashMap<>(parentProperties);
            props.putAll(properties(parse(REPO.resolve(service.getKey()).resolve("pom.xml")).getDocumentElement()));
            props.put("project.artifactId", service.getKey());
            props.put("project.version", text(parent.getDocumentElement(), "version"));

            assertThat(props).containsEntry("jib.skip", "false");
            assertThat(resolve(text(jib, "configuration", "from", "image"), props))
                    .matches("[a-z0-9./-]+:17-jre(-[a-z]+)?@sha256:[0-9a-f]{64}");
            String user = resolve(text(jib, "configuration", "container", "user"), props);
            assertThat(user).doesNotStartWith("0").isNotEqualTo("root").matches("\\d+:\\d+");
            assertThat(texts(jib, "configuration", "container", "jvmFlags", "jvmFlag"))
                    .anyMatch(f -> f.startsWith("-XX:MaxRAMPercentage=")).contains("-XX:+ExitOnOutOfMemoryError");
            String port = resolve(text(jib, "configuration", "container", "ports", "port"), props);
            assertThat(port).isEqualTo(ReadableSettings.of(REPO, service.getKey()).defaultOf("server.port"));
            String mainClass = resolve(text(jib, "configuration", "container", "mainClass"), props);
            assertThat(mainClass).isEqualTo(service.getValue());
            assertThat(Class.forName(mainClass).getMethod("main", String[].class)).isNotNull();
            assertThat(resolve(text(jib, "configuration", "to", "image"), props))
                    .endsWith("/" + service.getKey() + ":" + props.get("project.version"));
            assertThat(texts(jib, "executions", "execution", "goals", "goal")).containsExactly("buildTar");
        }
    }

    private static Element jibPlugin(Document pom) {
        NodeList profiles = pom.getElementsByTagName("profile");
        for (int i = 0; i < profiles.getLength(); i++) {
            Element profile = (Element) profiles.item(i);
            if ("image".equals(text(profile, "id"))) {
                NodeList plugins = profile.getElementsByTagName("plugin");
                for (int j = 0; j < plugins.getLength(); j++) {
                    Element plugin = (Element) plugins.item(j);
                    if ("jib-maven-plugin".equals(text(plugin, "artifactId"))) {
                        return plugin;
                    }
                }
            }
        }
        throw new AssertionError("no jib-maven-plugin in the image profile of the parent pom");
    }

    private static Map<String, String> properties(Element project) {
        Map<String, String> properties = new java.util.HashMap<>();
        for (Element p : children(project, "properties")) {
            NodeList nodes = p.getChildNodes();
            for (int i = 0; i < nodes.getLength(); i++) {
                if (nodes.item(i) instanceof Element e) {
                    properties.put(e.getTagName(), e.getTextContent().trim());
                }
            }
        }
        return properties;
    }

    private static String resolve(String value, Map<String, String> properties) {
        Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = properties.get(m.group(1));
            assertThat(replacement).as("property " + m.group(1)).isNotNull();
            m.appendReplacement(out, Matcher.quoteReplacement(resolve(replacement, properties)));
        }
        return m.appendTail(out).toString();
    }

    private static String text(Element element, String... path) {
        List<String> all = texts(element, path);
        assertThat(all).as(String.join("/", path)).hasSize(1);
        return all.get(0);
    }

    private static List<String> texts(Element element, String... path) {
        List<Element> current = List.of(element);
        for (String name : path) {
            List<Element> next = new ArrayList<>();
            current.forEach(e -> next.addAll(children(e, name)));
            current = next;
        }
        return current.stream().map(e -> e.getTextContent().trim()).toList();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static Document parse(Path pom) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    }
}
