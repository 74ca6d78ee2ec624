package io.lotline.operations;

/**
 * Online backups of the embedded database: H2 copies its file into a zip while Lotline keeps booking; restoring is
 * unzipping it in place of {@code ./data} while Lotline is stopped. On PostgreSQL the database server's own backups
 * ({@code pg_dump}, base backups) are used instead, and a request is refused.
 */
public interface Backups {
    /**
     * Writes a backup into the backup directory.
     *
     * @param file the zip's name, or {@code null} for {@code lotline-<date>-<time>.zip}; an existing file is never
     *             overwritten
     */
    Backup backUp(String file);
}
