package io.lotline.epcis.internal;

import io.lotline.epcis.EventError;
import io.lotline.epcis.InvalidEpcisDocument;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Counts the bytes of the one event (or header field) being held in memory and refuses it past
 * {@link #MAX_EVENT_BYTES}: a document is read event by event, so this, not the document's size, bounds the memory
 * a capture takes. The count is as exact as the parser's read-ahead (8 KB) allows.
 */
final class EventSizeLimit extends FilterInputStream {
    static final int MAX_EVENT_BYTES = 4 * 1024 * 1024;
    private long held = -1;
    private Integer index;

    EventSizeLimit(InputStream in) {
        super(in);
    }

    /** Starts counting for the event at this index, or for a part of the header (null). */
    void hold(Integer event) {
        index = event;
        held = 0;
    }

    /** Stops counting: what follows is not held. */
    void release() {
        held = -1;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
    }

    private void count(int n) {
        if (held < 0) {
            return;
        }
        held += n;
        if (held > MAX_EVENT_BYTES) {
            throw new InvalidEpcisDocument("event-size", List.of(new EventError(index, null,
                    index == null ? "header" : "event " + index, "An event (and each part of the header) has at most "
                    + MAX_EVENT_BYTES + " bytes; this one has more")));
        }
    }
}
