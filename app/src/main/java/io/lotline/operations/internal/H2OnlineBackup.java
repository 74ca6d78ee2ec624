package io.lotline.operations.internal;

import io.lotline.operations.Backup;
import io.lotline.operations.Backups;
import io.lotline.shared.Conflict;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Refused;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * H2's {@code BACKUP TO}: a consistent copy of the running database, taken while bookings go on. It is written
 * under a temporary name and then moved to its own, so a backup file that exists is always complete; an existing
 * file is never overwritten.
 */
@Service
class H2OnlineBackup implements Backups {
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,100}\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Path directory;
    private final Clock clock;

    H2OnlineBackup(DataSource dataSource, JdbcClient jdbc, BackupProperties settings, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.directory = settings.directory();
        this.clock = clock;
    }

    @Override
    public Backup backUp(String file) {
        Instant now = clock.instant();
        String name = file == null || file.isBlank() ? "lotline-" + STAMP.format(now) + ".zip" : file;
        if (!FILE.matcher(name).matches()) {
            throw new InvalidInput("file", name, "backup-file-name", "The backup file name must be letters, digits, "
                    + "'.', '-' or '_' (no directory), at most 104 characters, ending in .zip.");
        }
        refuseUnlessEmbeddedFile();
        Path target = directory.resolve(name).toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw alreadyThere(name, target);
        }
        Path partial = target.resolveSibling(name + ".part");
        try {
            Files.createDirectories(directory);
            Files.deleteIfExists(partial);
            jdbc.sql("backup to '" + partial.toString().replace("'", "''") + "'").update();
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return new Backup(name, target.toString(), Files.size(target), sha256(target), now);
        } catch (FileAlreadyExistsException raced) {
            throw alreadyThere(name, target);
        } catch (IOException failed) {
            throw new UncheckedIOException("The backup to " + target + " failed: " + failed.getMessage(), failed);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the partial file stays; it is never taken for a backup
            }
        }
    }

    private void refuseUnlessEmbeddedFile() {
        try {
            if (!EmbeddedDatabaseDurability.isH2(dataSource)) {
                throw new Refused("database", "PostgreSQL", "online-backup-of-the-embedded-database-only",
                        "Lotline runs on PostgreSQL: back it up with the database server's tools (pg_dump, base "
                                + "backups with WAL archiving).");
            }
        } catch (Refused refused) {
            throw refused;
        } catch (Exception metaData) {
            throw new IllegalStateException(metaData);
        }
        String url = jdbc.sql("select database_path()").query(String.class).optional().orElse(null);
        if (url == null) {
            throw new Refused("database", "in-memory", "online-backup-of-the-embedded-database-only",
                    "This H2 database lives in memory only; there is no file to back up.");
        }
    }

    private static Conflict alreadyThere(String name, Path target) {
        return new Conflict("file", name, "backup-file-must-not-exist", "A backup " + target + " already exists; "
                + "it is never overwritten. Choose another name.");
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }
}
