package org.equityaccelerator.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The README's "Walkthrough with curl", run as written (bash, curl, openssl and {@code deploy/local/token}) against a
 * fresh stack without the demo: every request carries a token of a demo user, and each answer is the one the README
 * comments promise. Only the two base URLs and the issuer are pointed at this stack's ports.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadmeWalkthroughIT {
    static final Path ROOT = Path.of("..", "..").toAbsolutePath().normalize();
    LocalStack stack;

    @BeforeAll
    void start() {
        assumeTrue(available("curl", "--version") && available("openssl", "version"), "the README walkthrough needs curl and openssl");
        stack = LocalStack.start(0, 0);
    }

    @AfterAll
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void theWalkthroughAnswersAsTheReadmeSays() throws Exception {
        String script = walkthrough().replaceFirst("C=http://localhost:8081; Q=http://localhost:8082;",
                "C=" + stack.commandUrl() + "; Q=" + stack.queryUrl() + ";");
        Path file = Files.createTempFile("walkthrough", ".sh");
        Files.writeString(file, script);
        ProcessBuilder bash = new ProcessBuilder("bash", "-eo", "pipefail", file.toString()).directory(ROOT.toFile())
                .redirectErrorStream(true);
        bash.environment().put("ISSUER", stack.issuerUrl());
        Process process = bash.start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("walkthrough finished").isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(out).isZero();

        assertThat(out).as(out).contains("{\"id\":\"pha-rea\"}", "{\"id\":\"pha-rea-2023\"}", "{\"id\":\"a-1\"}")
                .doesNotContain("\"status\":401", "\"status\":403", "\"status\":500");
        // the views, read with the admin's token
        assertThat(out).contains("\"assessmentSummary\"", "\"adoptionMatrix\":{\"ADVANCE_PAYMENT\":1}");
        // rejected commands name the field
        assertThat(out).contains("\"status\":400").contains("\"field\":\"successCriteria\"")
                .contains("\"status\":409").contains("\"field\":\"ownerRole\"");
        // the team lead's grant and its own draft; without a token: 401
        assertThat(out).contains("{\"id\":\"access:pha-rea\"}");
        assertThat(out).containsPattern("\\D401\\n");
        // the retry with the same Idempotency-Key answers the first response again, recording nothing
        Matcher locations = Pattern.compile("Location: (\\S+)").matcher(out);
        List<String> created = locations.results().map(m -> m.group(1)).toList();
        assertThat(created).hasSize(2);
        assertThat(created.get(1)).isEqualTo(created.get(0));
        assertThat(out).containsIgnoringCase("Idempotent-Replayed: true");
    }

    /** The bash block under "## Walkthrough with curl" in README.md. */
    static String walkthrough() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String section = readme.substring(readme.indexOf("## Walkthrough with curl"));
        int start = section.indexOf("```bash\n") + "```bash\n".length();
        return section.substring(start, section.indexOf("\n```", start) + 1);
    }

    private static boolean available(String... command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
