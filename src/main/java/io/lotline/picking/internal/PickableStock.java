package io.lotline.picking.internal;

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
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stock picking allocates from: the ledger's balances less what picks hold. Before stock is reserved, the
 * balance rows of the items concerned are locked in (lot, location, pallet) order, the order the ledger locks them
 * in: two allocations of the same stock take turns and the second sees the first one's reservations, and an
 * allocation and a booking never wait for each other in a circle.
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
     * Locks every balance of the items that holds stock, until the transaction ends, and returns what it locked.
     * The rows are named by lot so that PostgreSQL (sorting before it locks) and H2 (locking as it walks the primary
     * key, lot by lot) both lock in (lot, location, pallet) order. Stock that arrives meanwhile is not locked and
     * waits for the next allocation.
     */
    Set<Key> lock(Collection<Long> itemIds) {
        List<Long> lots = jdbc.sql("""
                        select distinct lot_id from stock_balances
                         where item_id in (:items) and quantity > 0 order by lot_id""")
                .param("items", List.copyOf(itemIds)).query(Long.class).list();
        if (lots.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                        select lot_id, location_id, container_id from stock_balances
                         where lot_id in (:lots) and quantity > 0
                         order by lot_id, location_id, container_id
                           for update""")
                .param("lots", lots)
                .query((rs, n) -> new Key(rs.getLong(1), rs.getLong(2), rs.getLong(3))).list());
    }

    /** Every place the item lies, with what is free there. */
    List<StockPosition> of(long itemId) {
        return jdbc.sql(POSITIONS + " where b.item_id = ? and b.quantity > 0 order by b.lot_id, b.location_id, "
                + "b.container_id").param(itemId).query(this::position).list();
    }

    /** One lot at one place, also when nothing lies there any more. */
    Optional<StockPosition> at(long lotId, long locationId, long containerId) {
        return jdbc.sql(POSITIONS + " where b.lot_id = ? and b.location_id = ? and b.container_id = ?")
                .params(lotId, locationId, containerId).query(this::position).optional();
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

    private StockPosition position(ResultSet rs, int row) throws SQLException {
        UnitOfMeasure unit = new UnitOfMeasure(rs.getString("base_unit"));
        BigDecimal onHand = rs.getBigDecimal("on_hand");
        BigDecimal free = onHand.subtract(rs.getBigDecimal("reserved")).max(BigDecimal.ZERO);
        Instant received = CustomerOrders.instant(rs, "received_at");
        return new StockPosition(rs.getLong("lot_id"), rs.getString("lot_number"),
                LotStatus.valueOf(rs.getString("status")), rs.getObject("expiry_date", LocalDate.class), received,
                received.atZone(clock.getZone()).toLocalDate(), rs.getLong("location_id"), rs.getString("location"),
                rs.getBoolean("pickable"), rs.getLong("container_id"), rs.getString("pallet"),
                new Quantity(onHand, unit), new Quantity(free, unit));
    }
}
