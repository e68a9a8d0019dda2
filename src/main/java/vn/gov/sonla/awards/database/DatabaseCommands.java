package vn.gov.sonla.awards.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The commands {@code --backup=FILE} and {@code --restore=FILE} for the embedded database. They read the same
 * configuration as the application ({@code AWARDS_DATA_DIR}, {@code AWARDS_DB_PORT},
 * {@code AWARDS_DB_SHARED_BUFFERS}, command-line properties) but start nothing else of it.
 *
 * <ul>
 *   <li>{@code --backup=FILE}: an online backup ({@link PhysicalBackup}). While the application runs, through its
 *       server, which keeps serving; otherwise the command starts the server for the time of the backup.</li>
 *   <li>{@code --restore=FILE}: unpacks a backup into the data directory, which must be empty, then starts the server
 *       once so that it replays the backup's WAL, and stops it. The application then starts on the restored data.</li>
 * </ul>
 * Both answer exit code 0 on success, 1 on failure, 2 when the application uses an external database.
 */
public final class DatabaseCommands {

    static final String BACKUP = "--backup=";
    static final String RESTORE = "--restore=";

    private DatabaseCommands() {
    }

    /** Whether the arguments ask for one of these commands. */
    public static boolean requested(String[] args) {
        return Arrays.stream(args).anyMatch(a -> a.startsWith(BACKUP) || a.startsWith(RESTORE));
    }

    /** Runs the command the arguments ask for and answers the exit code. */
    public static int run(String[] args) {
        return run(args, new PhysicalBackup.Listener() {
            @Override
            public void started(String startLsn) {
                System.out.println("Backup started at WAL " + startLsn + "; copying the data directory");
            }
        });
    }

    static int run(String[] args, PhysicalBackup.Listener listener) {
        try (ConfigurableApplicationContext settings = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args)) {
            Environment env = settings.getEnvironment();
            if (!env.getProperty("spring.datasource.url", "").isEmpty()) {
                System.err.println("The application uses an external PostgreSQL server (spring.datasource.url): back it "
                                   + "up with pg_dump and restore it with pg_restore, as the README says.");
                return 2;
            }
            Path dataDir = Path.of(env.getProperty("awards.data-dir", "./data"), "postgres").toAbsolutePath().normalize();
            int port = env.getProperty("awards.db.port", Integer.class, 54329);
            String sharedBuffers = env.getProperty(EmbeddedServer.SHARED_BUFFERS_PROPERTY);
            Optional<String> backup = option(args, BACKUP);
            if (backup.isPresent()) {
                PhysicalBackup.Result result = backup(dataDir, port, sharedBuffers, Path.of(backup.get()), listener);
                System.out.println(result.describe());
            } else {
                Path archive = Path.of(option(args, RESTORE).orElseThrow());
                PhysicalBackup.restore(archive, dataDir);
                try (EmbeddedPostgres postgres = EmbeddedServer.start(dataDir, port,
                        EmbeddedServer.sharedBuffers(sharedBuffers));
                     Connection c = postgres.getPostgresDatabase().getConnection();
                     Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("select pg_is_in_recovery()")) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        throw new IllegalStateException("The restored server is still recovering");
                    }
                }
                System.out.println("Restored " + archive + " into " + dataDir + "; the database is consistent. "
                                   + "Start the application with AWARDS_DATA_DIR=" + dataDir.getParent());
            }
            return 0;
        } catch (Exception e) {
            System.err.println((option(args, BACKUP).isPresent() ? "Backup" : "Restore") + " failed: " + e.getMessage());
            return 1;
        }
    }

    private static PhysicalBackup.Result backup(Path dataDir, int port, String sharedBuffers, Path archive,
                                                PhysicalBackup.Listener listener) throws Exception {
        if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
            throw new IllegalStateException("There is no database in " + dataDir);
        }
        Optional<EmbeddedServer.Running> running = EmbeddedServer.running(dataDir);
        if (running.isPresent() && EmbeddedServer.inUse(dataDir)) {
            // the application serves: back up through its server
            try (Connection c = DriverManager.getConnection(
                    "jdbc:postgresql://127.0.0.1:" + running.get().port() + "/postgres", "postgres", "")) {
                return PhysicalBackup.take(c, archive, listener);
            }
        }
        try (EmbeddedPostgres postgres = EmbeddedServer.start(dataDir, port,
                EmbeddedServer.sharedBuffers(sharedBuffers));
             Connection c = postgres.getPostgresDatabase().getConnection()) {
            return PhysicalBackup.take(c, archive, listener);
        }
    }

    private static Optional<String> option(String[] args, String prefix) {
        return Arrays.stream(args).filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length()))
                .filter(v -> !v.isBlank()).findFirst();
    }

    /** Nothing but the configuration: no component scan, no auto-configuration. */
    static final class Settings {
    }
}
