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
    private final Clock clock;

    PickableStock(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One balance row: a lot at a location, on a pallet (0 for loose stock). */
    record Key(long lotId, long locationId, long containerId) {
        static Key of(StockPosition position) {
            return new Key(position.lotId(), position.locationId(), position.containerId());
        }
    }

    /**
     * The places that hold stock of the items, item by item, each item's in (lot, location, pallet) order. Read after
     * the items' turns are taken ({@link AllocationTurns}), so no other allocation reserves stock of them meanwhile.
     */
    Map<Long, List<Key>> places(Collection<Long> itemIds) {
        Map<Long, List<Key>> places = new HashMap<>();
        jdbc.sql("""
                        select item_id, lot_id, location_id, container_id from stock_balances
                         where item_id in (:items) and quantity > 0
                         order by lot_id, location_id, container_id""")
                .param("items", List.copyOf(itemIds))
                .query(rs -> {
                    places.computeIfAbsent(rs.getLong(1), item -> new ArrayList<>())
                            .add(new Key(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                });
        return places;
    }

    /**
     * The stock at the places given, with what is free there, in the order given; quantities in the base unit of
     * their item ({@code units}, by item id). What lies at a place and what the picks hold there are read by one
     * statement: a shipment that takes stock and gives back its picks' reservations at once is seen whole or not at
     * all, so what is free is never counted from the stock before it and the reservations after it.
     */
    List<StockPosition> at(List<Key> places, Map<Long, UnitOfMeasure> units) {
        if (places.isEmpty()) {
            return List.of();
        }
        Map<Key, StockPosition> found = new HashMap<>();
        jdbc.sql(POSITIONS)
                .param("lots", places.stream().map(Key::lotId).toArray(Long[]::new))
                .param("locations", places.stream().map(Key::locationId).toArray(Long[]::new))
                .param("containers", places.stream().map(Key::containerId).toArray(Long[]::new))
                .query(rs -> {
                    StockPosition position = position(rs, units.get(rs.getLong("item_id")));
                    found.put(Key.of(position), position);
                });
        return places.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** One lot of the item at one place, also when nothing lies there any more. */
    Optional<StockPosition> at(Key key, Item item) {
        return at(List.of(key), Map.of(item.id(), item.baseUnit())).stream().findFirst();
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

    private StockPosition position(ResultSet rs, UnitOfMeasure unit) throws SQLException {
        Quantity onHand = new Quantity(rs.getBigDecimal("on_hand"), unit);
        BigDecimal free = onHand.amount().subtract(rs.getBigDecimal("reserved")).max(BigDecimal.ZERO);
        Instant received = CustomerOrders.instant(rs, "received_at");
        return new StockPosition(rs.getLong("lot_id"), rs.getString("lot_number"),
                LotStatus.valueOf(rs.getString("status")), rs.getObject("expiry_date", LocalDate.class), received,
                received.atZone(clock.getZone()).toLocalDate(), rs.getLong("location_id"), rs.getString("location"),
                rs.getBoolean("pickable"), rs.getLong("container_id"), rs.getString("pallet"),
                onHand, new Quantity(free, onHand.unit()));
    }
}
