package io.lotline.picking.domain;

import io.lotline.lots.LotStatus;
import io.lotline.shared.Quantity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stock positions for domain tests, made to measure:
 * {@code lot("L-1").expiring("2026-12-01").receivedOn("2026-11-02").at("R-01").onPallet("LP-1").holding("40")}.
 * Defaults: released, received 2026-11-01 at 08:00 UTC, no expiry, 100 KG loose at pickable location R-01, all free.
 */
final class Positions {
    private static final AtomicLong IDS = new AtomicLong();

    private Positions() {
    }

    static Builder lot(String number) {
        return new Builder(number);
    }

    static final class Builder {
        private final String lot;
        private final long lotId = IDS.incrementAndGet();
        private LotStatus status = LotStatus.RELEASED;
        private LocalDate expiry;
        private Instant received = Instant.parse("2026-11-01T08:00:00Z");
        private String location = "R-01";
        private boolean pickable = true;
        private String pallet;
        private String onHand = "100";
        private String free;
        private String heldByRecall;

        private Builder(String lot) {
            this.lot = lot;
        }

        Builder status(LotStatus status) {
            this.status = status;
            return this;
        }

        Builder expiring(String date) {
            this.expiry = LocalDate.parse(date);
            return this;
        }

        Builder receivedOn(String date) {
            this.received = LocalDate.parse(date).atTime(8, 0).toInstant(ZoneOffset.UTC);
            return this;
        }

        Builder receivedAt(String instant) {
            this.received = Instant.parse(instant);
            return this;
        }

        Builder at(String location) {
            this.location = location;
            return this;
        }

        Builder notPickable() {
            this.pickable = false;
            return this;
        }

        Builder onPallet(String pallet) {
            this.pallet = pallet;
            return this;
        }

        Builder holding(String amount) {
            this.onHand = amount;
            return this;
        }

        /** Recalled, and held by the recall {@code code}. */
        Builder heldByRecall(String code) {
            this.status = LotStatus.RECALLED;
            this.heldByRecall = code;
            return this;
        }

        /** Of what it holds, only this much is free; the rest is reserved by other picks. */
        Builder free(String amount) {
            this.free = amount;
            return this;
        }

        StockPosition build() {
            return new StockPosition(lotId, lot, status, expiry, received,
                    received.atZone(ZoneOffset.UTC).toLocalDate(), location.hashCode(), location, pickable,
                    pallet == null ? 0 : pallet.hashCode(), pallet, Quantity.of(onHand, "KG"),
                    Quantity.of(free == null ? onHand : free, "KG"), heldByRecall);
        }
    }
}
