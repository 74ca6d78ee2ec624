package io.lotline.picking.internal;

import io.lotline.catalog.Item;
import io.lotline.lots.LotStatus;
import io.lotline.picking.domain.StockPosition;
import io.lotline.shared.Quantity;
import io.lotline.shared.SqlResource;
import io.lotline.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stock picking allocates from: the ledger's balances less what picks hold. Nothing here locks: whatever
 * reserves stock reads it after taking the items' turns ({@link AllocationTurns}).
 */
@Repository
class PickableStock {
    private static final String POSITIONS = SqlResource.load(PickableStock.class, "positions.sql");

    private final JdbcClient jdbc;
    private final LotArrivals arrivals;
    private final Clock clock;

    PickableStock(JdbcClient jdbc, LotArrivals arrivals, Clock clock) {
        this.jdbc = jdbc;
        this.arrivals = arrivals;
        this.clock = clock;
    }

    /** One balance row: a lot at a location, on a pallet (0 for loose stock). */
    record Key(long lotId, long locationId, long containerId) {
        static Key of(StockPosition position) {
            return new Key(position.lotId(), position.locationId(), position.containerId());
        }
    }

    /** A balance row and what lies there, in the item's base unit. */
    record Place(Key key, Quantity onHand) {
    }

    /**
     * Stock at a place as allocation weighs it, and what the picks of all orders hold there. What is held can be more
     * than lies there (after a count found less), so it is kept as it is and what is free follows from it.
     */
    record Held(StockPosition position, BigDecimal reserved) {
        Key key() {
            return Key.of(position);
        }

        /** The same place once {@code more} is held there as well ({@code more} below zero gives stock back). */
        Held reserving(BigDecimal more) {
            BigDecimal held = reserved.add(more);
            Quantity onHand = position.onHand();
            return new Held(position.withAvailable(
                    new Quantity(onHand.amount().subtract(held).max(BigDecimal.ZERO), onHand.unit())), held);
        }
    }

    /**
     * What the places of each item hold, item by item in (lot, location, pallet) order, read after the items' turns
     * are taken ({@link AllocationTurns}).
     */
    Map<Long, List<Held>> heldBy(Collection<Item> items) {
        Map<Long, List<Place>> places = places(items);
        Map<Key, Held> held = held(places.values().stream().flatMap(List::stream).toList());
        Map<Long, List<Held>> byItem = new HashMap<>();
        places.forEach((item, itsPlaces) -> byItem.put(item,
                itsPlaces.stream().map(place -> held.get(place.key())).filter(Objects::nonNull).toList()));
        return byItem;
    }

    /**
     * The places that hold stock of the items, item by item, each item's in (lot, location, pallet) order. Read after
     * the items' turns are taken ({@link AllocationTurns}), so no other allocation reserves stock of them meanwhile.
     */
    Map<Long, List<Place>> places(Collection<Item> items) {
        Map<Long, UnitOfMeasure> units = new HashMap<>();
        items.forEach(item -> units.put(item.id(), item.baseUnit()));
        Map<Long, List<Place>> places = new HashMap<>();
        jdbc.sql("""
                        select item_id, lot_id, location_id, container_id, quantity from stock_balances
                         where item_id in (:items) and quantity > 0
                         order by lot_id, location_id, container_id""")
                .param("items", List.copyOf(units.keySet()))
                .query(rs -> {
                    long item = rs.getLong(1);
                    places.computeIfAbsent(item, id -> new ArrayList<>()).add(new Place(
                            new Key(rs.getLong(2), rs.getLong(3), rs.getLong(4)),
                            new Quantity(rs.getBigDecimal(5), units.get(item))));
                });
        return places;
    }

    /**
     * The stock at the places given, with what is free there, in the order given. What lies at each place is what
     * the place says; each lot's number and arrival come from {@link LotArrivals}; what the picks hold there, the
     * lot's state and the rest are read now.
     */
    List<StockPosition> at(List<Place> places) {
        Map<Key, Held> held = held(places);
        return places.stream().map(place -> held.get(place.key())).filter(Objects::nonNull).map(Held::position)
                .toList();
    }

    private Map<Key, Held> held(List<Place> places) {
        if (places.isEmpty()) {
            return Map.of();
        }
        Map<Key, Place> byKey = new HashMap<>();
        places.forEach(place -> byKey.put(place.key(), place));
        long[] lots = places.stream().mapToLong(place -> place.key().lotId()).distinct().toArray();
        LotArrivals.Arrival[] arrived = arrivals.of(lots);
        Map<Long, LotArrivals.Arrival> byLot = new HashMap<>();
        for (int i = 0; i < lots.length; i++) {
            byLot.put(lots[i], arrived[i]);
        }
        Map<Key, Held> found = new HashMap<>();
        jdbc.sql(POSITIONS)
                .param("lots", places.stream().map(place -> place.key().lotId()).toArray(Long[]::new))
                .param("locations", places.stream().map(place -> place.key().locationId()).toArray(Long[]::new))
                .param("containers", places.stream().map(place -> place.key().containerId()).toArray(Long[]::new))
                .query(rs -> {
                    Place place = byKey.get(new Key(rs.getLong("lot_id"), rs.getLong("location_id"),
                            rs.getLong("container_id")));
                    found.put(place.key(), heldAt(rs, place.onHand(), byLot.get(place.key().lotId())));
                });
        return found;
    }

    /** One lot of the item at one place, also when nothing lies there any more. */
    Optional<StockPosition> at(Key key, Item item) {
        return jdbc.sql("""
                        select quantity from stock_balances
                         where lot_id = ? and location_id = ? and container_id = ?""")
                .params(key.lotId(), key.locationId(), key.containerId()).query(BigDecimal.class).optional()
                .flatMap(onHand -> at(List.of(new Place(key, new Quantity(onHand, item.baseUnit())))).stream()
                        .findFirst());
    }

    /** What lies on a pallet now, as a refused scan names it: "lot L-9 of item SALT at RACK-1". */
    List<String> onPallet(String code) {
        return jdbc.sql("""
                        select l.lot_number, i.sku, loc.code from stock_balances b
                          join containers c on c.id = b.container_id
                          join lots l on l.id = b.lot_id
                          join items i on i.id = b.item_id
                          join locations loc on loc.id = b.location_id
                         where c.code = ? and b.quantity > 0
                         order by l.lot_number, loc.code""")
                .param(code)
                .query((rs, n) -> "lot " + rs.getString(1) + " of item " + rs.getString(2) + " at " + rs.getString(3))
                .list();
    }

    private Held heldAt(ResultSet rs, Quantity onHand, LotArrivals.Arrival arrival) throws SQLException {
        Instant received = arrival.receivedAt();
        StockPosition position = new StockPosition(rs.getLong("lot_id"), arrival.lotNumber(),
                LotStatus.valueOf(rs.getString("status")), rs.getObject("expiry_date", LocalDate.class), received,
                received.atZone(clock.getZone()).toLocalDate(), rs.getLong("location_id"), rs.getString("location"),
                rs.getBoolean("pickable"), rs.getLong("container_id"), rs.getString("pallet"), onHand, onHand,
                rs.getString("held_by_recall"));
        return new Held(position, BigDecimal.ZERO).reserving(rs.getBigDecimal("reserved"));
    }
}
