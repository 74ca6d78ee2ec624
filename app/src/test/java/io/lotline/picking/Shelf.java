package io.lotline.picking;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.InitialLotStatus;
import io.lotline.catalog.Item;
import io.lotline.catalog.NewItem;
import io.lotline.catalog.PickingStrategy;
import io.lotline.catalog.TrackingPolicy;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Movements;
import io.lotline.ledger.Place;
import io.lotline.lots.LotStatus;
import io.lotline.receiving.ReceiveGoods;
import io.lotline.receiving.Receiving;
import io.lotline.shared.Gtin;
import io.lotline.shared.Quantity;
import io.lotline.shared.UnitOfMeasure;
import io.lotline.support.Floor;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Items and stock for picking tests, on one little site: items with a picking strategy and a GTIN, and lots put on
 * the shelves with the dates a test needs:
 * {@code shelf.lotOf(flour).expiringInDays(30).receivedDaysAgo(3).on(site.rack(), "LP-1").put("40")}.
 */
final class Shelf {
    private static final AtomicInteger GTINS = new AtomicInteger(10_000);

    private final Catalog catalog;
    private final Receiving receiving;
    private final Movements movements;
    private final Floor.Site site;
    private final Clock clock;

    Shelf(Catalog catalog, Receiving receiving, Movements movements, Floor.Site site, Clock clock) {
        this.catalog = catalog;
        this.receiving = receiving;
        this.movements = movements;
        this.site = site;
        this.clock = clock;
    }

    /** An item in KG picked by the strategy, with a GTIN of its own. */
    Item item(PickingStrategy strategy) {
        String sku = "PICK-" + Floor.next();
        return catalog.registerItem(new NewItem(sku, gtin(), "Picking test item " + sku, UnitOfMeasure.of("KG"),
                List.of(), TrackingPolicy.LOT, null, null, strategy, null, null, InitialLotStatus.RELEASED, null,
                null));
    }

    LotOnShelf lotOf(Item item) {
        return new LotOnShelf(item);
    }

    void changeStatus(String lot, LotStatus status) {
        movements.changeStatus(key(), new Movements.ChangeLotStatus(lot, status, "Test: " + status));
    }

    void move(String lot, String amount, Place from, Place to) {
        movements.transfer(key(), new Movements.TransferStock(lot, Quantity.of(amount, "KG"), from, to, List.of(),
                null, null));
    }

    /** A new pallet code, never seen before. */
    static String pallet() {
        return "LP-P" + Floor.next();
    }

    /** A new pallet SSCC, check digit and all. */
    static String sscc() {
        return withCheckDigit("30209" + String.format("%012d", GTINS.incrementAndGet()));
    }

    private static BookingContext key() {
        return new BookingContext(UUID.randomUUID().toString(), null);
    }

    private static Gtin gtin() {
        return new Gtin(withCheckDigit("0209" + String.format("%09d", GTINS.incrementAndGet())));
    }

    private static String withCheckDigit(String digits) {
        int sum = 0;
        for (int i = digits.length() - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (digits.charAt(i) - '0') * weight;
        }
        return digits + (10 - sum % 10) % 10;
    }

    /** One lot about to be received: its expiry, when it came in, where it is put. */
    final class LotOnShelf {
        private final Item item;
        private LocalDate expiry;
        private Duration age = Duration.ofMinutes(5);
        private String location = site.rack();
        private String pallet;

        private LotOnShelf(Item item) {
            this.item = item;
        }

        LotOnShelf expiringInDays(int days) {
            this.expiry = LocalDate.now(clock).plusDays(days);
            return this;
        }

        /** Received exactly so many days ago: on the day that many days before today, at any time of day. */
        LotOnShelf receivedDaysAgo(int days) {
            this.age = Duration.ofDays(days);
            return this;
        }

        LotOnShelf on(String location, String pallet) {
            this.location = location;
            this.pallet = pallet;
            return this;
        }

        /** Receives the amount in KG and returns the lot number. */
        String put(String amount) {
            ReceiveGoods.Line line = new ReceiveGoods.Line(item.sku(), Quantity.of(amount, "KG"), null,
                    "SL-" + Floor.next(), null, expiry, new Place(location, pallet), List.of(), List.of(), null, null);
            return receiving.receive(new BookingContext(UUID.randomUUID().toString(), clock.instant().minus(age)),
                    new ReceiveGoods(site.supplier(), "PO-PICK", List.of(line))).lots().get(0).lotNumber();
        }
    }
}
