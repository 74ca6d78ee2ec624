package io.lotline.support;

import io.lotline.catalog.Address;
import io.lotline.catalog.Catalog;
import io.lotline.catalog.InitialLotStatus;
import io.lotline.catalog.Item;
import io.lotline.catalog.NewItem;
import io.lotline.catalog.NewLocation;
import io.lotline.catalog.NewParty;
import io.lotline.catalog.NewSite;
import io.lotline.catalog.NewWarehouse;
import io.lotline.catalog.PartyRole;
import io.lotline.catalog.RecallContact;
import io.lotline.catalog.TrackingPolicy;
import io.lotline.catalog.UnitConversion;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Place;
import io.lotline.receiving.ReceiveGoods;
import io.lotline.receiving.Receiving;
import io.lotline.shared.Gtin;
import io.lotline.shared.Quantity;
import java.time.LocalDate;
import java.util.UUID;
import io.lotline.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds master data for a test: a site with a dock, a pickable rack and a quarantine area, a supplier and a
 * customer, and items made to measure ({@code floor.anItem().keptIn("KG").shelfLife(30).register()}). Codes carry
 * a counter, so tests never collide in the shared database.
 */
public class Floor {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private final Catalog catalog;
    private final Receiving receiving;

    Floor(Catalog catalog, Receiving receiving) {
        this.catalog = catalog;
        this.receiving = receiving;
    }

    /** Receives a lot of the item at the place, dated today, and returns its lot number. */
    public String receive(Site site, Item item, String amount, String location, String pallet) {
        return receive(site, item, amount, location, pallet, null);
    }

    public String receive(Site site, Item item, String amount, String location, String pallet, LocalDate expiry) {
        ReceiveGoods.Line line = new ReceiveGoods.Line(item.sku(), Quantity.of(amount, item.baseUnit().code()), null,
                "SUP-LOT-" + NEXT.incrementAndGet(), expiry == null ? LocalDate.now() : null, expiry, new Place(location, pallet), List.of(), List.of(),
                null, null);
        return receiving.receive(new BookingContext(UUID.randomUUID().toString(), null),
                new ReceiveGoods(site.supplier(), "PO-" + NEXT.get(), List.of(line))).lots().get(0).lotNumber();
    }

    /** Items just registered, and a lot of each, in the same order. */
    public record LotsOfItems(List<Item> items, List<String> lots) {
    }

    /** Registers two items and receives a lot of 100 of each on the site's rack. */
    public LotsOfItems aLotOfEachOfTwoItems(Site site) {
        List<Item> items = List.of(anItem().register(), anItem().register());
        return new LotsOfItems(items, items.stream().map(item -> receive(site, item, "100", site.rack(), null))
                .toList());
    }

    /** The codes of a fresh little site. */
    public record Site(String site, String warehouse, String dock, String rack, String quarantine, String supplier,
                       String customer) {
    }

    public Site aSite() {
        int n = NEXT.incrementAndGet();
        String site = "S" + n;
        catalog.registerSite(new NewSite(site, "Plant " + n, null, Address.none(), "P" + n, "+1 555 010 " + n));
        catalog.registerWarehouse(new NewWarehouse("W" + n, "Warehouse " + n, site));
        catalog.registerLocation(new NewLocation("DOCK-" + n, "Dock", "W" + n, null, false, false));
        catalog.registerLocation(new NewLocation("RACK-" + n, "Rack", "W" + n, null, true, false));
        catalog.registerLocation(new NewLocation("QA-" + n, "Quarantine", "W" + n, null, false, true));
        catalog.registerParty(new NewParty("SUP-" + n, PartyRole.SUPPLIER, "Mill " + n, null, Address.none(),
                "+1 555 020 " + n,
                new RecallContact("Ada Miller", "ada@mill.example", "+49 30 1234")));
        catalog.registerParty(new NewParty("CUS-" + n, PartyRole.CUSTOMER, "Shop " + n, null, Address.none(),
                "+1 555 030 " + n,
                new RecallContact("Ben Shop", "ben@shop.example", "+49 30 5678")));
        return new Site(site, "W" + n, "DOCK-" + n, "RACK-" + n, "QA-" + n, "SUP-" + n, "CUS-" + n);
    }

    public ItemBuilder anItem() {
        return new ItemBuilder();
    }

    public static int next() {
        return NEXT.incrementAndGet();
    }

    /** An item to register, with defaults a test rarely cares about: tracked by lot, in KG, released on receipt. */
    public class ItemBuilder {
        private String sku = "ITEM-" + NEXT.incrementAndGet();
        private String unit = "KG";
        private final List<UnitConversion> units = new ArrayList<>();
        private TrackingPolicy tracking = TrackingPolicy.LOT;
        private Integer shelfLife;
        private Integer minAtReceipt;
        private InitialLotStatus initial = InitialLotStatus.RELEASED;
        private String format;
        private String description;
        private String category;
        private Gtin gtin;

        public ItemBuilder sku(String sku) {
            this.sku = sku;
            return this;
        }

        public ItemBuilder describedAs(String description) {
            this.description = description;
            return this;
        }

        public ItemBuilder keptIn(String unit) {
            this.unit = unit;
            return this;
        }

        public ItemBuilder alsoIn(String unit, String baseUnitsPerUnit) {
            units.add(new UnitConversion(UnitOfMeasure.of(unit), new BigDecimal(baseUnitsPerUnit)));
            return this;
        }

        public ItemBuilder shelfLife(int days) {
            this.shelfLife = days;
            return this;
        }

        public ItemBuilder minimumShelfLifeAtReceipt(int days) {
            this.minAtReceipt = days;
            return this;
        }

        public ItemBuilder bySerial() {
            this.tracking = TrackingPolicy.LOT_AND_SERIAL;
            this.unit = "EA";
            return this;
        }

        public ItemBuilder quarantinedOnReceipt() {
            this.initial = InitialLotStatus.QUARANTINE;
            return this;
        }

        public ItemBuilder inCategory(String code) {
            this.category = code;
            return this;
        }

        /** A GTIN of its own, unique among the items registered. */
        public ItemBuilder withGtin() {
            this.gtin = Gtin.completing("952" + String.format("%010d",
                    (System.nanoTime() + NEXT.incrementAndGet()) % 10_000_000_000L));
            return this;
        }

        public ItemBuilder lotNumberFormat(String code) {
            this.format = code;
            return this;
        }

        public Item register() {
            return catalog.registerItem(new NewItem(sku, gtin,
                    description == null ? "Test item " + sku : description, UnitOfMeasure.of(unit), units,
                    tracking, shelfLife, null, null, category, minAtReceipt, initial, format, null));
        }
    }
}
