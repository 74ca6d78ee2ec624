package io.lotline.bench.internal;

import io.lotline.catalog.Address;
import io.lotline.catalog.Catalog;
import io.lotline.catalog.InitialLotStatus;
import io.lotline.catalog.NewItem;
import io.lotline.catalog.NewLocation;
import io.lotline.catalog.NewParty;
import io.lotline.catalog.NewSite;
import io.lotline.catalog.NewWarehouse;
import io.lotline.catalog.PartyRole;
import io.lotline.catalog.PickingStrategy;
import io.lotline.catalog.RecallContact;
import io.lotline.catalog.TrackingPolicy;
import io.lotline.lots.LotNumberFormatDefinition;
import io.lotline.lots.Lots;
import io.lotline.shared.UnitOfMeasure;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Registers the master data of a run through the catalog, as a master-data team would: one plant per shape with a
 * receiving dock, racks, a production line, a pallet staging lane and a shipping dock; the items of the shape; the
 * suppliers and customers. Every code carries the run's prefix, so runs never collide with each other or with data
 * already in the database.
 */
@Component
class MasterData {
    static final int RACKS = 12;
    static final UnitOfMeasure KG = UnitOfMeasure.of("KG");

    private final Catalog catalog;
    private final Lots lots;

    MasterData(Catalog catalog, Lots lots) {
        this.catalog = catalog;
        this.lots = lots;
    }

    /** Where a shape's stock lies: location ids of the plant. */
    record Plant(String site, long dockIn, long[] racks, long line, long staging, long dockOut) {
    }

    /** The registered ids: items by network item index, plants by network shape index, parties. */
    record Registered(long[] items, List<Plant> plants, long[] suppliers, long[] customers) {
        /** Each material comes from one of three suppliers. */
        long supplierOf(int item, int lot) {
            return suppliers[(int) ((item * 31L + lot % 3) % suppliers.length)];
        }
    }

    Registered register(String prefix, Network net, int parties) {
        long[] items = new long[net.items.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = item(prefix, net, i);
        }
        List<Plant> plants = net.shapes.stream().map(shape -> plant(prefix + "-" + shape.code(), shape)).toList();
        long[] suppliers = new long[Math.max(10, parties / 10)];
        for (int i = 0; i < suppliers.length; i++) {
            suppliers[i] = party(String.format("%s-SUP-%04d", prefix, i + 1), PartyRole.SUPPLIER, "Supplier " + (i + 1));
        }
        long[] customers = new long[Math.max(20, parties)];
        for (int i = 0; i < customers.length; i++) {
            customers[i] = party(String.format("%s-CUS-%05d", prefix, i + 1), PartyRole.CUSTOMER, "Customer " + (i + 1));
        }
        return new Registered(items, plants, suppliers, customers);
    }

    private long item(String prefix, Network net, int index) {
        ItemSpec spec = net.items.get(index);
        String shape = net.shapes.get(net.itemShape.get(index)).code();
        return catalog.registerItem(new NewItem(prefix + "-" + shape + "-" + spec.code(), null,
                spec.description(), UnitOfMeasure.of(spec.unit()), List.of(), TrackingPolicy.LOT, spec.shelfLifeDays(),
                null, PickingStrategy.FEFO, null, null, InitialLotStatus.RELEASED, null,
                (shape + spec.code()).substring(0, Math.min(20, shape.length() + spec.code().length())))).id();
    }

    private Plant plant(String site, ShapeSpec shape) {
        catalog.registerSite(new NewSite(site, "Plant " + shape.code() + " (" + shape.title() + ")", null,
                Address.none(), shape.code()));
        String warehouse = site + "-W";
        catalog.registerWarehouse(new NewWarehouse(warehouse, "Warehouse of " + site, site));
        long[] racks = new long[RACKS];
        for (int r = 0; r < RACKS; r++) {
            racks[r] = location(String.format("%s-RACK-%02d", site, r + 1), warehouse, true);
        }
        return new Plant(site, location(site + "-DOCK-IN", warehouse, false), racks,
                location(site + "-LINE", warehouse, false), location(site + "-STAGING", warehouse, false),
                location(site + "-DOCK-OUT", warehouse, false));
    }

    /** The picking warehouse of a run: a site with one warehouse of pickable racks; returns their location ids. */
    long[] pickingWarehouse(String site, int racks) {
        catalog.registerSite(new NewSite(site, "Picking warehouse", null, Address.none(), "PK"));
        catalog.registerWarehouse(new NewWarehouse(site + "-W", "Warehouse of " + site, site));
        long[] ids = new long[racks];
        for (int r = 0; r < racks; r++) {
            ids[r] = location(String.format("%s-RACK-%02d", site, r + 1), site + "-W", true);
        }
        return ids;
    }

    /** An item the picking scenarios allocate (or that only fills the balance table): kilograms, lots, FEFO. */
    long pickedItem(String sku, String use) {
        return pickedItem(sku, use, null);
    }

    /** A picked item whose lots are numbered by {@code lotNumberFormat}, or by the company's format when null. */
    long pickedItem(String sku, String use, String lotNumberFormat) {
        return catalog.registerItem(new NewItem(sku, null, "Picked goods (" + use + ")", KG, List.of(),
                TrackingPolicy.LOT, 720, null, PickingStrategy.FEFO, null, null, InitialLotStatus.RELEASED,
                lotNumberFormat, sku.substring(Math.max(0, sku.length() - 20)))).id();
    }

    /**
     * A lot number format of the run's own, {@code <prefix>YYMMDD-nnnnnn}: a million numbers a day, where the built-in
     * format has ten thousand a day for the whole database, which a second run on the same day would run out of.
     */
    String lotNumberFormat(String prefix) {
        String code = prefix + "-LOTS";
        lots.defineFormat(new LotNumberFormatDefinition(code, prefix + "{YY}{MM}{DD}-{SEQ:6}",
                "Lots the benchmark receives over HTTP", false));
        return code;
    }

    long location(String code, String warehouse, boolean pickable) {
        return catalog.registerLocation(new NewLocation(code, null, warehouse, null, pickable, false)).id();
    }

    long party(String code, PartyRole role, String name) {
        return catalog.registerParty(new NewParty(code, role, name, null, Address.none(), "+49 30 555 0100",
                new RecallContact("Recall desk " + name, "recall@" + code.toLowerCase() + ".example",
                        "+49 30 555 0199"))).id();
    }
}
