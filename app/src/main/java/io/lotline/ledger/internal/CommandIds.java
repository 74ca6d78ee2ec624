package io.lotline.ledger.internal;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Command ids for bulk appends: time-ordered UUIDs (version 7 layout: milliseconds first, then a running counter
 * that starts at a random value), so that millions of commands land at the end of the command index instead of on
 * random pages of it. They never equal the random (version 4) ids of single bookings.
 */
final class CommandIds {
    private static final AtomicLong COUNTER = new AtomicLong(ThreadLocalRandom.current().nextLong() >>> 2);

    private CommandIds() {
    }

    static String next(Instant now) {
        long high = (now.toEpochMilli() << 16) | 0x7000L;
        long low = 0x8000_0000_0000_0000L | (COUNTER.incrementAndGet() & 0x3FFF_FFFF_FFFF_FFFFL);
        return new UUID(high, low).toString();
    }
}
