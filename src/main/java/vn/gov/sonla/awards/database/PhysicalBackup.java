package vn.gov.sonla.awards.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * An online physical backup of a PostgreSQL server whose data directory is on this machine (the embedded server),
 * taken through PostgreSQL's low-level base-backup API while the application keeps serving, and its restore into an
 * empty data directory.
 *
 * <p>The backup, following "Making a Base Backup Using the Low Level API" of the PostgreSQL manual: a temporary
 * replication slot keeps every WAL segment from the start on; {@code pg_backup_start} (with an immediate checkpoint);
 * the data directory is copied into a ZIP archive, without the contents of {@code pg_wal} and the other directories
 * and files the manual leaves out; {@code pg_backup_stop} ends the backup, switches to a new WAL segment and returns
 * the {@code backup_label} (and tablespace map), written into the archive; last, the WAL segments from the start
 * segment to the stop segment are added under {@code pg_wal}, so the archive alone is consistent: a server started on
 * it replays them and holds every transaction committed before {@code pg_backup_stop} was called.
 */
public final class PhysicalBackup {

    /** Directories whose contents a base backup leaves out (the directories themselves are kept). */
    private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial",
            "pg_snapshots", "pg_stat_tmp", "pg_subtrans");

    /** Files a base backup leaves out, wherever they are; plus the embedded-server library's lock file. */
    private static final Set<String> SKIPPED = Set.of("postmaster.pid", "postmaster.opts", "pg_internal.init",
            "backup_label", "tablespace_map", "current_logfiles", "backup_manifest", "epg-lock");

    private static final Pattern WAL_SEGMENT = Pattern.compile("[0-9A-F]{24}");
    private static final Pattern TIMELINE_HISTORY = Pattern.compile("[0-9A-F]{8}\\.history");

    private PhysicalBackup() {
    }

    /** Told how the backup proceeds (the command prints it). */
    public interface Listener {

        /** Backup mode has started at this WAL location; the data directory is about to be copied. */
        default void started(String startLsn) {
        }

        /** The data directory is copied; backup mode is about to end. */
        default void copied(long files, long bytes) {
        }
    }

    /**
     * A finished backup: the archive, where its WAL begins and ends, its size, and the moment before backup mode
     * ended — every transaction committed before {@code consistentAfter} is in it.
     */
    public record Result(Path archive, String startLsn, String stopLsn, long files, long bytes, int walSegments,
                         Instant consistentAfter) {

        /** One line for the console. */
        public String describe() {
            return "Backup written to " + archive + ": " + files + " files, " + bytes / (1024 * 1024) + " MB of data, "
                   + walSegments + " WAL segments (WAL " + startLsn + " to " + stopLsn + "); it holds every change "
                   + "committed before " + consistentAfter;
        }
    }

    /**
     * Backs up the server at the other end of {@code superuser} (a superuser's connection, used by nothing else
     * meanwhile) into {@code archive}, replacing it only once the backup is complete.
     */
    public static Result take(Connection superuser, Path archive, Listener listener) throws IOException, SQLException {
        superuser.setAutoCommit(true);
        Path dataDir = Path.of(single(superuser, "show data_directory"));
        if (!Files.isDirectory(dataDir.resolve("global"))) {
            throw new IllegalStateException("The server's data directory " + dataDir + " is not on this machine; "
                    + "back up an external server with pg_dump (see the README)");
        }
        Path absolute = archive.toAbsolutePath().normalize();
        if (absolute.startsWith(dataDir.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("The backup cannot be written inside the data directory " + dataDir);
        }
        Files.createDirectories(absolute.getParent());
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".part");
        String slot = "awards_backup_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        boolean inBackup = false;
        try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
            // WAL is kept from here until the session ends, whatever checkpoints happen during a long copy
            query(superuser, "select pg_create_physical_replication_slot(?, true, true)", slot);
            String label = "sonla-awards " + Instant.now();
            String startLsn = query(superuser, "select pg_backup_start(?, true)::text", label);
            inBackup = true;
            String startSegment = query(superuser, "select pg_walfile_name(?::pg_lsn)", startLsn);
            listener.started(startLsn);

            Copy copy = new Copy(dataDir, zip);
            Files.walkFileTree(dataDir, copy);
            listener.copied(copy.files, copy.bytes);

            Instant consistentAfter = Instant.now();
            String stopLsn;
            String labelFile;
            String tablespaceMap;
            try (Statement s = superuser.createStatement();
                 ResultSet rs = s.executeQuery("select lsn::text, labelfile, spcmapfile from pg_backup_stop(false)")) {
                rs.next();
                stopLsn = rs.getString(1);
                labelFile = rs.getString(2);
                tablespaceMap = rs.getString(3);
            }
            inBackup = false;
            String stopSegment = query(superuser, "select pg_walfile_name(?::pg_lsn)", stopLsn);
            put(zip, "backup_label", labelFile.getBytes(StandardCharsets.UTF_8));
            if (tablespaceMap != null && !tablespaceMap.isEmpty()) {
                put(zip, "tablespace_map", tablespaceMap.getBytes(StandardCharsets.UTF_8));
            }
            int segments = copyWal(dataDir.resolve("pg_wal"), startSegment, stopSegment, zip);
            zip.finish();
            out.flush();
            zip.close();
            query(superuser, "select pg_drop_replication_slot(?)", slot);
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Result(absolute, startLsn, stopLsn, copy.files, copy.bytes, segments, consistentAfter);
        } catch (IOException | SQLException | RuntimeException e) {
            if (inBackup) {
                try (Statement s = superuser.createStatement()) {
                    s.execute("select pg_backup_stop(false)");
                } catch (SQLException ignored) {
                    // the backup also ends when the session does
                }
            }
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    /**
     * Unpacks a backup into {@code dataDir}, which must be empty or absent. The server started on it next recovers
     * from the WAL in the archive.
     */
    public static void restore(Path archive, Path dataDir) throws IOException {
        if (Files.isDirectory(dataDir)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dataDir)) {
                if (entries.iterator().hasNext()) {
                    throw new IllegalStateException("Restore only into an empty data directory: " + dataDir
                            + " is not empty");
                }
            }
        }
        Path root = dataDir.toAbsolutePath().normalize();
        Files.createDirectories(root);
        boolean label = false;
        try (InputStream in = Files.newInputStream(archive); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw new IllegalStateException("The archive names a file outside the data directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                    label |= entry.getName().equals("backup_label");
                }
            }
        }
        if (!label || !Files.exists(root.resolve("PG_VERSION"))) {
            throw new IllegalStateException(archive + " is not a backup made with --backup");
        }
        restrictPermissions(root);
    }

    /** PostgreSQL refuses a data directory others can read (on systems with POSIX permissions). */
    private static void restrictPermissions(Path root) throws IOException {
        if (!root.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static int copyWal(Path walDir, String startSegment, String stopSegment, ZipOutputStream zip)
            throws IOException {
        List<String> segments = new ArrayList<>();
        List<String> histories = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(walDir)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (WAL_SEGMENT.matcher(name).matches() && name.compareTo(startSegment) >= 0
                    && name.compareTo(stopSegment) <= 0) {
                    segments.add(name);
                } else if (TIMELINE_HISTORY.matcher(name).matches()) {
                    histories.add(name);
                }
            }
        }
        segments.sort(null);
        if (segments.isEmpty() || !segments.get(0).equals(startSegment)
            || !segments.get(segments.size() - 1).equals(stopSegment)) {
            throw new IllegalStateException("WAL segments " + startSegment + " to " + stopSegment
                    + " are not all in " + walDir + ": the backup would not be consistent");
        }
        for (String name : histories) {
            putFile(zip, "pg_wal/" + name, walDir.resolve(name));
        }
        for (String name : segments) {
            putFile(zip, "pg_wal/" + name, walDir.resolve(name));
        }
        return segments.size();
    }

    private static final class Copy extends SimpleFileVisitor<Path> {

        private final Path root;
        private final ZipOutputStream zip;
        long files;
        long bytes;

        Copy(Path root, ZipOutputStream zip) {
            this.root = root;
            this.zip = zip;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
            if (!dir.equals(root)) {
                zip.putNextEntry(new ZipEntry(name(dir) + "/"));
                zip.closeEntry();
                Path parent = dir.getParent();
                if (parent.equals(root) && EMPTIED.contains(dir.getFileName().toString())) {
                    // keep pg_wal/archive_status: a server needs it
                    if (dir.getFileName().toString().equals("pg_wal")) {
                        zip.putNextEntry(new ZipEntry("pg_wal/archive_status/"));
                        zip.closeEntry();
                    }
                    return FileVisitResult.SKIP_SUBTREE;
                }
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            String fileName = file.getFileName().toString();
            if (!attrs.isRegularFile() || SKIPPED.contains(fileName) || fileName.startsWith("pgsql_tmp")) {
                return FileVisitResult.CONTINUE;
            }
            try {
                bytes += putFile(zip, name(file), file);
                files++;
            } catch (NoSuchFileException gone) {
                // dropped while the backup ran: the WAL replay removes it as well
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof NoSuchFileException) {
                return FileVisitResult.CONTINUE;
            }
            throw e;
        }

        private String name(Path p) {
            return root.relativize(p).toString().replace('\\', '/');
        }
    }

    private static long putFile(ZipOutputStream zip, String name, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            zip.putNextEntry(new ZipEntry(name));
            long n = in.transferTo(zip);
            zip.closeEntry();
            return n;
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String query(Connection c, String sql, String param) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, param);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
