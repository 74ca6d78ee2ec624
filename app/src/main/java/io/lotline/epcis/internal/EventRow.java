package io.lotline.epcis.internal;

/**
 * The row of a captured event, written with the next batch of its capture: the rows that name it (its identifiers,
 * lots, custody changes, booking) are held with it and get its id when the batch is written.
 */
final class EventRow {
    private Long id;

    long id() {
        if (id == null) {
            throw new IllegalStateException("The event's row has not been written yet");
        }
        return id;
    }

    void written(long id) {
        this.id = id;
    }
}
