package io.lotline.imports;

/**
 * How far an import has come: its rows are checked, then booked in one transaction; it is done, rejected (a row broke
 * a rule, nothing was written), or failed (something else went wrong, nothing was written).
 */
public enum ImportStatus {
    CHECKING, BOOKING, DONE, REJECTED, FAILED;

    public boolean settled() { return this != REJECTED && this != FAILED; }
}
