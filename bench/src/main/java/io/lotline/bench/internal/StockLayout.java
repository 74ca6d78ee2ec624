package io.lotline.bench.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * Which lots the picking warehouse holds, from a seed: first the 200 lots of the A1 item, then the lots of each A2
 * item, then the lots of the other items that fill the balance table. Each lot came in one to 120 days ago, keeps
 * until 20 to 420 days from today, and lies on one rack; a lot of the other items is spread over ten racks.
 * Amounts are grams: every item is counted in kilograms.
 */
record StockLayout(int a2Items, int a2LotsPerItem, long a2LotGrams, long fillerLots, long seed) {
    static final int A1_LOTS = 200;
    static final int FILLER_LOTS_PER_ITEM = 200;
    static final int FILLER_PLACES = 10;
    static final long DAY = 24 * 3600;

    /** One lot: its item (0 is the A1 item), how much came in on which rack, when, until when it keeps. */
    record PlannedLot(int index, int item, long grams, int rack, Instant receivedAt, LocalDate produced,
                      LocalDate expiry, int places) {
    }

    long lots() {
        return A1_LOTS + (long) a2Items * a2LotsPerItem + fillerLots;
    }

    int items() {
        return 1 + a2Items + Math.toIntExact((fillerLots + FILLER_LOTS_PER_ITEM - 1) / FILLER_LOTS_PER_ITEM);
    }

    /** The balance rows the lots make: one per lot of A1 and A2, ten per lot of the other items. */
    long balanceRows() {
        return A1_LOTS + (long) a2Items * a2LotsPerItem + fillerLots * FILLER_PLACES;
    }

    PlannedLot lot(int index, Instant now, int racks) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        int a2 = a2Items * a2LotsPerItem;
        int item;
        long grams;
        if (index < A1_LOTS) {
            item = 0;
            grams = (80 + random.nextInt(41)) * 1000L;
        } else if (index < A1_LOTS + a2) {
            item = 1 + (index - A1_LOTS) / a2LotsPerItem;
            grams = a2LotGrams;
        } else {
            item = 1 + a2Items + (index - A1_LOTS - a2) / FILLER_LOTS_PER_ITEM;
            grams = 100_000;
        }
        Instant received = now.minusSeconds((1 + random.nextInt(120)) * DAY + random.nextInt((int) DAY));
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return new PlannedLot(index, item, grams, random.nextInt(racks), received,
                LocalDate.ofInstant(received, ZoneOffset.UTC).minusDays(3), today.plusDays(20 + random.nextInt(401)),
                index < A1_LOTS + a2 ? 1 : FILLER_PLACES);
    }
}
