package org.equityaccelerator.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;

/**
 * The local stack as a user starts it: {@code java -jar local-stack.jar} in a process of its own (the jar the
 * package phase built), its output in a log file, stopped by a signal.
 */
final class LocalStackProcess {
    private static final Pattern COMMAND_URL = Pattern.compile("command API +(http://localhost:\\d+)");
    private static final Pattern QUERY_URL = Pattern.compile("query API +(http://localhost:\\d+)");
    private static final Pattern POSTGRES_URL = Pattern.compile("PostgreSQL +(jdbc:postgresql://\\S+)");
    private static final Pattern ISSUER_URL = Pattern.compile("sign-in +(http://localhost:\\d+)");

    private final Process process;
    private final Path log;
    private String banner;

    private LocalStackProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts the stack and waits for its banner. */
    static LocalStackProcess start(Path log, String... args) throws IOException {
        Path jar = Path.of("target", "local-stack.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run the integration tests with mvn verify");
        }
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Djava.io.tmpdir=" + Path.of("target").toAbsolutePath(),
                "-Duser.home=" + Path.of("target", "stack-home").toAbsolutePath(),
                "-jar", jar.toString(), "--command-port=0", "--query-port=0", "--issuer-port=0"));
        command.addAll(List.of(args));
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        LocalStackProcess stack = new LocalStackProcess(process, log);
        await("the local stack's banner in " + log).atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("the local stack exited with " + process.exitValue()
                                + ", see " + log);
                    }
                    String out = Files.readString(log);
                    int up = out.indexOf("local stack is up");
                    if (up >= 0 && out.indexOf("Ctrl-C stops everything", up) > 0) {
                        stack.banner = out.substring(up);
                        return true;
                    }
                    return false;
                });
        return stack;
    }

    String banner() {
        return banner;
    }

    String commandUrl() {
        return find(COMMAND_URL);
    }

    String queryUrl() {
        return find(QUERY_URL);
    }

    /** Real tokens from this run's OpenID Connect provider (a new signing key each start). */
    org.equityaccelerator.infra.identity.TokenClient tokens() {
        return new org.equityaccelerator.infra.identity.TokenClient(find(ISSUER_URL));
    }

    String postgresUrl() {
        return find(POSTGRES_URL);
    }

    /** Ctrl-C: SIGINT, then waits for the JVM to finish its shutdown hooks. */
    int interrupt() throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the local stack did not stop within 2 minutes of SIGINT, see " + log);
        }
        return process.exitValue();
    }

    /** kill -9: no shutdown hook runs; embedded PostgreSQL (a child process) is left running. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    private String find(Pattern pattern) {
        Matcher m = pattern.matcher(banner);
        if (!m.find()) {
            throw new IllegalStateException(pattern + " not in the banner:\n" + banner);
        }
        return m.group(1);
    }
}
