package vn.gov.sonla.awards.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The embedded server stays up while the application shuts down gracefully: a stop signal (SIGTERM) first lets the
 * requests in flight finish — reading and writing the database — and only then does the application close the
 * server. Run in a JVM of its own, since only a real stop signal runs the JVM's shutdown hooks.
 */
class EmbeddedServerShutdownIntegrationTests {

    @TempDir Path dir;

    @Test
    void aRequestStillInFlightWhenTheStopSignalArrivesCanUseTheDatabase() throws Exception {
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), InFlightAtShutdown.class.getName(),
                dir.resolve("postgres").toString(), Integer.toString(freePort()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(child.isAlive()).as(() -> read(log)).isTrue();
                assertThat(read(log)).contains(InFlightAtShutdown.READY);
            });
            child.destroy(); // SIGTERM, like docker stop or systemctl stop
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as(() -> read(log)).isTrue();
            assertThat(read(log)).contains(InFlightAtShutdown.FINISHED).doesNotContain(InFlightAtShutdown.FAILED);
        } finally {
            child.destroyForcibly();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * The child: starts the server as the application does, then stands for a request in flight when the stop signal
     * comes — a shutdown hook whose statement runs on in the database for a moment, as the web server's graceful
     * shutdown lets a request run on — and closes the server last, as the application context does.
     */
    static final class InFlightAtShutdown {

        static final String READY = "server ready";
        static final String FINISHED = "request finished with the database";
        static final String FAILED = "request failed";

        public static void main(String[] args) throws Exception {
            EmbeddedPostgres postgres = EmbeddedServer.start(Path.of(args[0]), Integer.parseInt(args[1]));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    try (Connection c = postgres.getPostgresDatabase().getConnection();
                         Statement s = c.createStatement();
                         ResultSet rs = s.executeQuery("select pg_sleep(1.5), 1")) {
                        rs.next();
                        System.out.println(FINISHED);
                    }
                } catch (Exception e) {
                    System.out.println(FAILED + ": " + e);
                } finally {
                    try {
                        postgres.close();
                    } catch (IOException e) {
                        System.out.println("close: " + e);
                    }
                }
            }));
            System.out.println(READY);
            Thread.currentThread().join(); // until the stop signal
        }
    }
}
