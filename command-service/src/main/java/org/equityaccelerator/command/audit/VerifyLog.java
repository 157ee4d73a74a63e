package org.equityaccelerator.command.audit;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Command-line verification of the event log, for auditors who do not trust the running service:
 * <pre>
 * java -cp command-service/target/command-service-0.1.0-SNAPSHOT-exec.jar \
 *      -Dloader.main=org.equityaccelerator.command.audit.VerifyLog \
 *      org.springframework.boot.loader.launch.PropertiesLauncher JDBC_URL USER PASSWORD
 * </pre>
 * Exit code 0: intact; 1: a broken link (printed); 2: usage or connection error.
 */
public final class VerifyLog {
    private VerifyLog() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        if (args.length != 3) {
            System.err.println("usage: VerifyLog JDBC_URL USER PASSWORD   (a read-only role is enough)");
            return 2;
        }
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            EventChainVerifier.Report report = EventChainVerifier.verify(connection);
            if (report.intact()) {
                System.out.printf("intact: %d events of %d aggregates verified in %d ms%n", report.eventsChecked(),
                        report.aggregates(), report.elapsedMillis());
                return 0;
            }
            EventChainVerifier.Broken broken = report.firstBroken();
            System.out.printf("BROKEN at global position %d: aggregate %s, sequence %d, event %s: %s%n"
                            + "(%d events before it verified)%n", broken.globalPosition(), broken.aggregateId(),
                    broken.sequence(), broken.eventId(), broken.reason(), report.eventsChecked());
            return 1;
        } catch (Exception e) {
            System.err.println("cannot verify: " + e.getMessage());
            return 2;
        }
    }
}
