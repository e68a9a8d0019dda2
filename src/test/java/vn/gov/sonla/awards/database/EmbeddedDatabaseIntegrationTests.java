package vn.gov.sonla.awards.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

import vn.gov.sonla.awards.AwardsApplication;
import vn.gov.sonla.awards.audit.AuditChain;
import vn.gov.sonla.awards.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's own embedded PostgreSQL: it runs with PostgreSQL's durable settings, a server left running by a
 * killed application is restarted with them instead of being reused, and an online backup taken while dossiers are
 * being written restores into a fresh directory on which the application starts with every acknowledged write and an
 * intact history. These tests start the application themselves, on their own data directories.
 */
class EmbeddedDatabaseIntegrationTests {

    private static final List<String> CLERKS = List.of("vanthu.bvdk", "vanthu.maison");

    @TempDir Path dir;

    @Test
    void aBackupTakenWhileDossiersAreWrittenRestoresEveryAcknowledgedWrite() throws Exception {
        Path live = dir.resolve("live");
        Path restored = dir.resolve("restored");
        Path archive = dir.resolve("backups/awards.zip");
        int livePort = freePort();
        Queue<Write> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicReference<Instant> copiedAt = new AtomicReference<>();
        long eventsBefore;

        try (ConfigurableApplicationContext app = start(live, livePort, true)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select name, setting from pg_settings where name in ('fsync', 'synchronous_commit', "
                    + "'full_page_writes')").query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list())
                    .as("the application's server loses no committed transaction on a power cut")
                    .containsExactlyInAnyOrder(Map.entry("fsync", "on"), Map.entry("full_page_writes", "on"),
                            Map.entry("synchronous_commit", "on"));
            eventsBefore = jdbc.sql("select count(*) from dossier_event").query(Long.class).single();

            Fixtures fixtures = app.getBean(Fixtures.class);
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService writers = Executors.newFixedThreadPool(CLERKS.size());
            List<Future<?>> running = new ArrayList<>();
            for (String clerk : CLERKS) {
                running.add(writers.submit(() -> {
                    for (int i = 0; writing.get(); i++) {
                        String name = "Lưu Văn Dự Phòng " + clerk + " " + i;
                        fixtures.aSubmittedDossier(clerk, "COVID19", "CHAIRMAN_CERTIFICATE", name);
                        acknowledged.add(new Write(name, Instant.now()));
                    }
                    return null;
                }));
            }
            try {
                awaitWrites(acknowledged, 1);
                int exit = DatabaseCommands.run(new String[] {"--backup=" + archive, "--awards.data-dir=" + live,
                        "--awards.db.port=" + livePort}, new PhysicalBackup.Listener() {
                    @Override
                    public void started(String startLsn) {
                        // dossiers keep being written while the files are copied
                        awaitWrites(acknowledged, acknowledged.size() + 2);
                    }

                    @Override
                    public void copied(long files, long bytes) {
                        copiedAt.set(Instant.now());
                    }
                });
                assertThat(exit).isZero();
            } finally {
                writing.set(false);
                writers.shutdown();
                for (Future<?> f : running) {
                    f.get(60, TimeUnit.SECONDS);
                }
            }
        }
        assertThat(Files.exists(archive)).isTrue();
        List<String> beforeStop = acknowledged.stream().filter(w -> w.at().isBefore(copiedAt.get())).map(Write::name).toList();
        assertThat(beforeStop).hasSizeGreaterThanOrEqualTo(3);

        int restoredPort = freePort();
        assertThat(DatabaseCommands.run(new String[] {"--restore=" + archive, "--awards.data-dir=" + restored,
                "--awards.db.port=" + restoredPort})).isZero();
        try (ConfigurableApplicationContext app = start(restored, restoredPort, false)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            List<String> submitted = jdbc.sql("select nominee_name from dossier where status = 'SUBMITTED' "
                    + "and nominee_name like 'Lưu Văn Dự Phòng %'").query(String.class).list();
            assertThat(submitted).containsAll(beforeStop);
            AuditChain.Verdict verdict = app.getBean(AuditChain.class).verify();
            assertThat(verdict.intact()).as(verdict.describe()).isTrue();
            // each dossier: created, three sections, two files, submitted
            assertThat(verdict.checked()).isGreaterThanOrEqualTo(eventsBefore + 7L * beforeStop.size());
        }
    }

    @Test
    void aRestoreGoesOnlyIntoAnEmptyDataDirectory() throws Exception {
        Path occupied = dir.resolve("occupied/postgres");
        Files.createDirectories(occupied);
        Files.writeString(occupied.resolve("PG_VERSION"), "17\n");
        Path archive = dir.resolve("any.zip");
        Files.write(archive, new byte[0]);
        assertThat(DatabaseCommands.run(new String[] {"--restore=" + archive, "--awards.data-dir=" + occupied.getParent(),
                "--awards.db.port=" + freePort()})).isEqualTo(1);
        assertThat(Files.readString(occupied.resolve("PG_VERSION"))).isEqualTo("17\n");
    }

    @Test
    void aServerLeftRunningByAKilledApplicationIsRestartedWithDurableSettingsAndTheConfiguredCache() throws Exception {
        Path dataDir = dir.resolve("killed").resolve("postgres");
        int port = freePort();
        // the server as an application killed with SIGKILL leaves it: running, with the library's fast settings,
        // and no process holding the data directory
        Path pgCtl;
        try (EmbeddedPostgres first = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
                .setPort(port).start()) {
            pgCtl = Path.of(postmaster(dataDir).info().command().orElseThrow()).resolveSibling("pg_ctl");
        }
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U")); // pg_ctl refuses root; the library does the same
        }
        command.addAll(List.of(pgCtl.toString(), "-D", dataDir.toString(), "-w", "-o",
                "-F -p " + port + " -c synchronous_commit=off -c listen_addresses=127.0.0.1", "start"));
        Process start = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("orphan.log").toFile()).start();
        assertThat(start.waitFor(60, TimeUnit.SECONDS) && start.exitValue() == 0)
                .as(() -> "left-over server started: " + read(dir.resolve("orphan.log"))).isTrue();
        ProcessHandle orphan = postmaster(dataDir);

        MockEnvironment env = new MockEnvironment().withProperty("awards.data-dir", dataDir.getParent().toString())
                .withProperty("awards.db.port", Integer.toString(port))
                .withProperty("awards.db.shared-buffers", "64MB");
        try (EmbeddedPostgres server = new EmbeddedDatabaseConfiguration().embeddedPostgres(env);
             var c = server.getPostgresDatabase().getConnection();
             var s = c.createStatement();
             var cache = s.executeQuery("show shared_buffers")) {
            assertThat(orphan.isAlive()).as("the left-over server was stopped").isFalse();
            assertThat(postmaster(dataDir).pid()).isNotEqualTo(orphan.pid());
            assertThat(EmbeddedServer.settings(c)).isEqualTo(Map.of("fsync", "on", "synchronous_commit", "on",
                    "full_page_writes", "on"));
            assertThat(cache.next()).isTrue();
            assertThat(cache.getString(1)).as("the page cache configured").isEqualTo("64MB");
        } finally {
            if (orphan.isAlive()) {
                orphan.destroy();
                orphan.onExit().get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static ProcessHandle postmaster(Path dataDir) throws IOException {
        String pid = Files.readAllLines(dataDir.resolve("postmaster.pid"), StandardCharsets.UTF_8).get(0).strip();
        return ProcessHandle.of(Long.parseLong(pid)).orElseThrow();
    }

    private static ConfigurableApplicationContext start(Path dataDir, int port, boolean demo) {
        return new SpringApplicationBuilder(AwardsApplication.class, Fixtures.class)
                .web(WebApplicationType.NONE)
                .run("--awards.data-dir=" + dataDir, "--awards.db.port=" + port, "--awards.demo=" + demo,
                        "--awards.scheduling.enabled=false");
    }

    private static void awaitWrites(Queue<Write> acknowledged, int atLeast) {
        Awaitility.await("dossiers written").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10))
                .until(() -> acknowledged.size() >= atLeast);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private record Write(String name, Instant at) {
    }
}
