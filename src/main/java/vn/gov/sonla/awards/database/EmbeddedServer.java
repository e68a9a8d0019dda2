package vn.gov.sonla.awards.database;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;

import vn.gov.sonla.awards.common.SettingRefused;

/**
 * The application's own PostgreSQL server, kept in a data directory on this machine: started with PostgreSQL's
 * durable defaults, never with the test-friendly settings the embedded-server library uses (which lose committed
 * transactions on a power cut), and never by silently reusing a server that an abruptly stopped application left
 * running with whatever settings it had. Its page cache ({@code shared_buffers}) is sized for the machine
 * ({@link #sharedBuffers}) rather than left at PostgreSQL's 128 MB, with which a submission's thousands of dossiers
 * are written through pages the server keeps evicting.
 */
public final class EmbeddedServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

    /** PostgreSQL's own defaults, which the library turns off ({@code -F}, {@code synchronous_commit=off}). */
    static final Map<String, String> DURABLE = Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");

    /** The library's lock file in the data directory, held by the process whose server it is while that process lives. */
    private static final String LOCK_FILE = "epg-lock";

    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    /** The property that sizes the server's page cache ({@code AWARDS_DB_SHARED_BUFFERS}), e.g. {@code 1GB}. */
    public static final String SHARED_BUFFERS_PROPERTY = "awards.db.shared-buffers";

    private static final DataSize SHARED_BUFFERS_MIN = DataSize.ofMegabytes(16);
    private static final DataSize SHARED_BUFFERS_DEFAULT_MIN = DataSize.ofMegabytes(128);
    private static final DataSize SHARED_BUFFERS_DEFAULT_MAX = DataSize.ofGigabytes(2);
    private static final String SET_SHARED_BUFFERS = "Set AWARDS_DB_SHARED_BUFFERS in whole megabytes or gigabytes "
            + "(512MB, 2GB), or leave it unset for a quarter of the machine's memory between 128MB and 2GB.";

    private EmbeddedServer() {
    }

    /**
     * Starts the server on {@code dataDir} (created and initialised when empty), listening on 127.0.0.1:{@code port}.
     * A server still running on that directory from an application that was killed is stopped first; a directory in
     * use by a running application is refused. The caller closes it: nothing else stops it when the JVM exits.
     */
    public static EmbeddedPostgres start(Path dataDir, int port) throws IOException {
        return start(dataDir, port, sharedBuffers(null));
    }

    /** {@link #start(Path, int)} with a page cache of {@code sharedBuffers} (whole megabytes). */
    public static EmbeddedPostgres start(Path dataDir, int port, DataSize sharedBuffers) throws IOException {
        Files.createDirectories(dataDir);
        stopOrphanedServer(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setPGStartupWait(Duration.ofSeconds(60))
                // Its owner closes it (the application context, after the web server's graceful shutdown has let the
                // requests in flight finish); the library's own JVM shutdown hook would stop it under those requests.
                .setRegisterShutdownHook(false)
                .setServerConfig("shared_buffers", sharedBuffers.toMegabytes() + "MB");
        DURABLE.forEach(builder::setServerConfig);
        EmbeddedPostgres postgres = builder.start();
        try {
            Map<String, String> settings = settings(postgres);
            if (!settings.equals(new TreeMap<>(DURABLE))) {
                throw new IllegalStateException("The PostgreSQL server on " + dataDir + " does not run with durable "
                        + "settings: " + settings);
            }
        } catch (RuntimeException | SQLException e) {
            postgres.close();
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
        return postgres;
    }

    /**
     * The page cache the server is to have: {@code configured} (null when not set; a size such as {@code 512MB} or
     * {@code 2GB}, the value of {@value #SHARED_BUFFERS_PROPERTY}) when given, otherwise a quarter of this machine's
     * memory between 128 MB and 2 GB.
     *
     * @throws SettingRefused when {@code configured} is not a size, or is below 16 MB or above half the machine's
     *                        memory, naming the property, so that the application does not start misconfigured
     */
    public static DataSize sharedBuffers(String configured) {
        return sharedBuffers(configured, machineMemory());
    }

    /** {@link #sharedBuffers(String)} on a machine of {@code machineMemoryBytes}. */
    static DataSize sharedBuffers(String configured, long machineMemoryBytes) {
        if (configured == null || configured.isBlank()) {
            return defaultSharedBuffers(machineMemoryBytes);
        }
        DataSize size;
        try {
            size = DataSize.parse(configured.strip());
        } catch (IllegalArgumentException e) {
            throw new SettingRefused("AWARDS_DB_SHARED_BUFFERS (" + SHARED_BUFFERS_PROPERTY + ") must be a size "
                    + "such as 512MB or 2GB, not '" + configured + "'", SET_SHARED_BUFFERS, e);
        }
        long half = machineMemoryBytes / 2;
        if (size.compareTo(SHARED_BUFFERS_MIN) < 0 || size.toBytes() > half) {
            throw new SettingRefused("AWARDS_DB_SHARED_BUFFERS (" + SHARED_BUFFERS_PROPERTY + ") must be between "
                    + "16MB and half this machine's memory (" + DataSize.ofBytes(half).toMegabytes() + "MB), not "
                    + configured, SET_SHARED_BUFFERS);
        }
        return DataSize.ofMegabytes(size.toMegabytes());
    }

    /**
     * A quarter of the machine's memory, PostgreSQL's own advice for a server of its own, but no less than
     * PostgreSQL's default of 128 MB and no more than 2 GB, which leaves the rest to the application beside it and
     * to the operating system's file cache.
     */
    static DataSize defaultSharedBuffers(long machineMemoryBytes) {
        long quarter = DataSize.ofBytes(machineMemoryBytes / 4).toMegabytes();
        long megabytes = Math.max(SHARED_BUFFERS_DEFAULT_MIN.toMegabytes(),
                Math.min(SHARED_BUFFERS_DEFAULT_MAX.toMegabytes(), quarter));
        return DataSize.ofMegabytes(megabytes);
    }

    /** The memory of this machine, or of the container the JVM runs in. */
    static long machineMemory() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
    }

    /** The durability settings the server on the other end of this connection runs with. */
    static Map<String, String> settings(Connection connection) throws SQLException {
        Map<String, String> settings = new TreeMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select name, setting from pg_settings where name in ('fsync', "
                     + "'synchronous_commit', 'full_page_writes')")) {
            while (rs.next()) {
                settings.put(rs.getString(1), rs.getString(2));
            }
        }
        return settings;
    }

    private static Map<String, String> settings(EmbeddedPostgres postgres) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            return settings(c);
        }
    }

    /** Whether a live application (this one or another process) holds the data directory. */
    static boolean inUse(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    /** The process id and port of the server running on {@code dataDir}, if one runs. */
    static Optional<Running> running(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.size() < 4) {
            return Optional.empty(); // still being written by a starting server, or damaged: PostgreSQL decides
        }
        long pid;
        int port;
        try {
            pid = Long.parseLong(lines.get(0).strip());
            port = Integer.parseInt(lines.get(3).strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> Path.of(c).getFileName().toString().startsWith("postgres"))
                        .orElse(true));
        return process.map(p -> new Running(p, port));
    }

    /** A running postmaster: its process and the port it listens on. */
    record Running(ProcessHandle process, int port) {
    }

    private static void stopOrphanedServer(Path dataDir) throws IOException {
        Optional<Running> running = running(dataDir);
        if (running.isEmpty()) {
            return;
        }
        if (inUse(dataDir)) {
            throw new IllegalStateException("The database in " + dataDir + " is in use by another running instance of "
                    + "the application (PostgreSQL pid " + running.get().process().pid() + "); stop it first.");
        }
        ProcessHandle postmaster = running.get().process();
        log.warn("A PostgreSQL server (pid {}) left running by an application that was stopped abruptly serves {}: "
                 + "stopping it to start it again with durable settings", postmaster.pid(), dataDir);
        Optional<Path> pgCtl = postmaster.info().command().filter(c -> c.endsWith(".exe"))
                .map(c -> Path.of(c).resolveSibling("pg_ctl.exe")).filter(Files::isExecutable);
        if (pgCtl.isPresent()) {
            // Windows has no signals: pg_ctl asks the server to shut down
            run(List.of(pgCtl.get().toString(), "-D", dataDir.toString(), "stop", "-m", "fast", "-w",
                    "-t", Long.toString(STOP_WAIT.toSeconds())));
        } else {
            postmaster.destroy(); // SIGTERM: PostgreSQL's smart shutdown; the killed application's sessions are gone
        }
        try {
            postmaster.onExit().get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the PostgreSQL server (pid " + postmaster.pid()
                    + ") left running on " + dataDir, e);
        }
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(STOP_WAIT.toSeconds() + 10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                log.warn("{} did not succeed: {}", command, output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping PostgreSQL", e);
        }
    }
}
