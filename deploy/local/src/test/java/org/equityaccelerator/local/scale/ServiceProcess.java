package org.equityaccelerator.local.scale;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.awaitility.Awaitility.await;

/**
 * One service instance as an operator runs it: {@code java -jar service-exec.jar} in its own process, configured
 * only through environment variables (the README's table), ready when its readiness probe says so. It is called
 * with a real access token (the token supplier caches it and signs in again before it expires).
 */
final class ServiceProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    final String name;
    final String url;
    private final Process process;
    private final Path log;
    private final Supplier<String> token;

    private ServiceProcess(String name, String url, Process process, Path log, Supplier<String> token) {
        this.name = name;
        this.url = url;
        this.process = process;
        this.log = log;
        this.token = token;
    }

    /**
     * @param module command-service or query-service; {@code portVariable} COMMAND_PORT or QUERY_PORT
     * @param token  the access token every call carries
     */
    static ServiceProcess start(String module, String instance, String portVariable, Map<String, String> env,
                                Supplier<String> token) throws IOException {
        Path jar = Path.of("..", "..", module, "target", module + "-0.1.0-SNAPSHOT-exec.jar").toAbsolutePath().normalize();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run the integration tests with mvn verify -am");
        }
        int port = freePort();
        Path log = Path.of("target", "scale-it", instance + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-Duser.home=" + log.getParent(), "-Djava.io.tmpdir=" + log.getParent(),
                "-Daxoniq.update-checker.disabled=true", "-Ddisable-axoniq-console-message=true", "-jar", jar.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().put(portVariable, Integer.toString(port));
        return new ServiceProcess(instance, "http://localhost:" + port, builder.start(), log, token);
    }

    ServiceProcess awaitReady() {
        // only "not listening yet" is waited out: a process that exited fails the wait at once
        await(name + " ready (log " + log + ")").atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsInstanceOf(IOException.class).until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " exited with " + process.exitValue() + ", see " + log);
                    }
                    return get("/actuator/health/readiness").statusCode() == 200;
                });
        return this;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + token.get())
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url + path)).header("content-type", "application/json")
                .header("Authorization", "Bearer " + token.get()).POST(HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** SIGTERM: a graceful stop, as a rolling update or a scale-down does. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
