package org.equityaccelerator.local;

import java.nio.file.Path;
import java.util.List;

/**
 * The run command's options.
 *
 * @param dataDir where PostgreSQL and the broker keep their data: {@code --data-dir=}, else {@code ACCELERATOR_DATA_DIR},
 *                else {@code ~/.equity-accelerator}
 * @param reset   {@code --reset}: delete the data and start empty
 * @param demo    load the demo ({@code --no-demo} skips it; it is only ever loaded into an empty store)
 * @param issuerPort the local OpenID Connect provider's port ({@code --issuer-port=}, default 8090)
 */
record LocalOptions(Path dataDir, boolean reset, boolean demo, int commandPort, int queryPort, int issuerPort) {

    static LocalOptions parse(String... args) {
        List<String> list = List.of(args);
        for (String arg : args) {
            if (!arg.equals("--reset") && !arg.equals("--no-demo") && !arg.startsWith("--data-dir=")
                    && !arg.startsWith("--command-port=") && !arg.startsWith("--query-port=")
                    && !arg.startsWith("--issuer-port=")) {
                throw new IllegalArgumentException("unknown option " + arg + " (known: --data-dir=DIR, --reset, "
                        + "--no-demo, --command-port=N, --query-port=N, --issuer-port=N)");
            }
        }
        String env = System.getenv("ACCELERATOR_DATA_DIR");
        Path fallback = env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".equity-accelerator");
        return new LocalOptions(
                Path.of(option(args, "--data-dir=", fallback.toString())).toAbsolutePath().normalize(),
                list.contains("--reset"), !list.contains("--no-demo"),
                Integer.parseInt(option(args, "--command-port=", "8081")),
                Integer.parseInt(option(args, "--query-port=", "8082")),
                Integer.parseInt(option(args, "--issuer-port=", "8090")));
    }

    private static String option(String[] args, String prefix, String fallback) {
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return arg.substring(prefix.length());
            }
        }
        return fallback;
    }
}
