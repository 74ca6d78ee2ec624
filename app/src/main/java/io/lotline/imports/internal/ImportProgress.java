package io.lotline.imports.internal;

import io.lotline.imports.ImportKind;
import io.lotline.imports.ImportStatus;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes an import's record in transactions of its own, so that every instance sees how far a large file has come
 * while the import's own transaction is still open, and sees a rejected or failed import after it rolled back.
 */
@Component
class ImportProgress {
    private final ImportRecords records;
    private final Clock clock;

    ImportProgress(ImportRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long start(ImportKind kind, String file, String sha256, int rows, String actor) {
        return records.insert(kind, file, sha256, rows, actor, clock.instant());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void advance(long id, ImportStatus status, int rowsDone) {
        records.progress(id, status, rowsDone);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void fail(long id, ImportStatus status, int problems, String message) {
        records.fail(id, status, problems, message, clock.instant());
    }
}
