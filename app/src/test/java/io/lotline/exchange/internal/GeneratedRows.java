package io.lotline.exchange.internal;

import io.lotline.exchange.TraceabilityEvent;
import io.lotline.exchange.TraceabilityEvent.Party;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Rows of the FSMA 204 spreadsheet made up as they are asked for, each with texts of its own (event id, lot codes,
 * document), so that nothing a writer keeps of them is shared between rows; and an output that counts what it
 * receives and keeps none of it.
 */
final class GeneratedRows implements Iterator<TraceabilityEvent> {
    private final int count;
    private final Runnable beforeLast;
    private int made;

    GeneratedRows(int count, Runnable beforeLast) {
        this.count = count;
        this.beforeLast = beforeLast;
    }

    @Override
    public boolean hasNext() {
        return made < count;
    }

    @Override
    public TraceabilityEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (made == count - 1) {
            beforeLast.run();
        }
        return event(made++);
    }

    static TraceabilityEvent event(int n) {
        Party mill = new Party("Mill " + n % 50, "Mühlenweg " + n % 50, "Kraków", null, "30-001", "PL",
                "+48 12 000 " + n % 50, null);
        Party plant = new Party("Plant 1", "ul. Piotrkowska 1", "Łódź", null, "90-001", "PL", "+48 42 123", null);
        return new TraceabilityEvent("E" + (1_000_000 + n), "Receiving", "n/a", LocalDate.of(2026, 1, 1)
                .plusDays(n / 1000), "SUP-" + n, TraceabilityEvent.BY_SUPPLIER, "04012345000017", "Rye flour",
                new BigDecimal(n % 997 + 1), "KG", mill, null, null, mill, plant, plant, "Purchase order",
                "PO-" + n, "L-2026-" + n, "FLOUR-1", null, null, null, Map.of("Origin", "PL-" + n), null);
    }

    /** An output that counts the bytes it receives and keeps none. */
    static final class Counted extends OutputStream {
        private long bytes;

        long bytes() {
            return bytes;
        }

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
