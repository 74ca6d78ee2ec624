package io.lotline.imports;

import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;

/** Brings master data and opening stock in from files. */
public interface Imports {

    /** Checks every row of the file exactly as an import would, and writes nothing. */
    ImportReport dryRun(ImportKind kind, ImportFile file);

    /**
     * Checks every row, then writes all of them in one transaction, or nothing: a bad row throws
     * {@link ImportRejected} listing every bad row. A file of this kind imported before answers that import.
     */
    ImportRecord run(ImportKind kind, ImportFile file);

    ImportRecord record(long id);

    /** The imports, newest first: a large one in progress shows how many rows are done. */
    Page<ImportRecord> records(PageRequest page);

    /** The largest file an import takes, in bytes; a larger one is refused before any row is read. */
    long maxBytes();

    /** A file with the header row and one example row, ready to fill in. */
    byte[] template(ImportKind kind, SheetFormat format);
}
