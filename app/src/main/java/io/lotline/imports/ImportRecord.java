package io.lotline.imports;

import java.time.Instant;

/**
 * One file imported: its kind and SHA-256, how many rows it has and how many are done, how many records it created
 * (items, parties, lots...), how many rows were refused, who sent it and when it started and finished. The same
 * file sent again answers this record and books nothing ({@code repeated}).
 */
public record ImportRecord(long id, ImportKind kind, String file, String sha256, ImportStatus status, int rowsTotal,
                           int rowsDone, int created, int problems, String message, String importedBy,
                           Instant startedAt, Instant finishedAt, boolean repeated) {

    public ImportRecord asRepeat() {
        return new ImportRecord(id, kind, file, sha256, status, rowsTotal, rowsDone, created, problems, message,
                importedBy, startedAt, finishedAt, true);
    }
}
