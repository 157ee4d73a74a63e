package org.equityaccelerator.local;

import org.equityaccelerator.infra.identity.DemoIdentities;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run command's options.
 *
 * @param dataDir where PostgreSQL and the broker keep their data: {@code --data-dir=}, else {@code ACCELERATOR_DATA_DIR},
 *                else {@code ~/.equity-accelerator}
 * @param reset   {@code --reset}: delete the data and start empty
 * @param demo    load the demo ({@code --no-demo} skips it; it is only ever loaded into an empty store)
 * @param issuerPort the local OpenID Connect provider's port ({@code --issuer-port=}, default 8090)
 * @param users   people added to the local provider next to the demo users, username -> password: {@code --user=NAME}
 *                (repeatable, or comma-separated), all with {@code --user-password=} or else the demo password. The
 *                username is the token's subject; a program admin grants them roles.
 */
record LocalOptions(Path dataDir, boolean reset, boolean demo, int commandPort, int queryPort, int issuerPort,
                    Map<String, String> users) {
    private static final List<String> VALUED = List.of("--data-dir=", "--command-port=", "--query-port=",
            "--issuer-port=", "--user=", "--user-password=");

    static LocalOptions parse(String... args) {
        List<String> list = List.of(args);
        for (String arg : args) {
            if (!arg.equals("--reset") && !arg.equals("--no-demo") && VALUED.stream().noneMatch(arg::startsWith)) {
                throw new IllegalArgumentException("unknown option " + arg + " (known: --data-dir=DIR, --reset, "
                        + "--no-demo, --command-port=N, --query-port=N, --issuer-port=N, --user=NAME[,NAME...], "
                        + "--user-password=PASSWORD)");
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
                Integer.parseInt(option(args, "--issuer-port=", "8090")),
                users(args, option(args, "--user-password=", DemoIdentities.PASSWORD)));
    }

    private static Map<String, String> users(String[] args, String password) {
        Map<String, String> users = new LinkedHashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--user=")) {
                for (String name : arg.substring("--user=".length()).split(",")) {
                    if (!DemoIdentities.USERNAME.matcher(name.trim()).matches()) {
                        throw new IllegalArgumentException("--user=" + name + ": a username is a pseudonymous "
                                + "reference (letters, digits and . _ -; no e-mail address, no name with spaces)");
                    }
                    users.put(name.trim(), password);
                }
            }
        }
        return users;
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
