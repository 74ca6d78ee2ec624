package io.lotline.ledger.internal;

import io.lotline.ledger.Balance;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.lotline.shared.Quantity;
import io.lotline.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stock per lot, location and container, in base units. Rows are locked before they change, in a fixed order,
 * so that concurrent bookings wait for each other instead of both taking the same stock.
 */
@Repository
class Balances {
    private static final String SELECT = """
            select l.lot_number, i.sku, i.base_unit, loc.code as location, c.code as pallet, b.quantity
              from stock_balances b
              join lots l on l.id = b.lot_id
              join items i on i.id = b.item_id
              join locations loc on loc.id = b.location_id
              left join containers c on c.id = b.container_id
            """;

    private final JdbcClient jdbc;

    Balances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A balance row exists for every place stock is put to; the row of a new place starts at zero. */
    void ensure(BalanceKey key, long itemId) {
        jdbc.sql("""
                        insert into stock_balances (lot_id, location_id, container_id, item_id, quantity)
                        values (?, ?, ?, ?, 0) on conflict do nothing""")
                .params(key.lotId(), key.locationId(), key.containerId(), itemId).update();
    }

    /** Locks the row and returns what lies there (zero when nothing ever did). */
    BigDecimal lock(BalanceKey key) {
        return jdbc.sql("""
                        select quantity from stock_balances
                         where lot_id = ? and location_id = ? and container_id = ? for update""")
                .params(key.lotId(), key.locationId(), key.containerId())
                .query(BigDecimal.class).optional().orElse(BigDecimal.ZERO);
    }

    void change(BalanceKey key, BigDecimal delta) {
        jdbc.sql("""
                        update stock_balances set quantity = quantity + ?
                         where lot_id = ? and location_id = ? and container_id = ?""")
                .params(delta, key.lotId(), key.locationId(), key.containerId()).update();
    }

    List<Balance> ofLot(long lotId) {
        return jdbc.sql(SELECT + " where b.lot_id = ? and b.quantity > 0 order by loc.code, c.code")
                .param(lotId).query(Balances::map).list();
    }

    List<Balance> onPallet(String pallet) {
        return jdbc.sql(SELECT + " where c.code = ? and b.quantity > 0 order by l.lot_number, loc.code")
                .param(pallet).query(Balances::map).list();
    }

    Page<Balance> page(Long locationId, Long itemId, PageRequest page) {
        String where = """
                 where b.quantity > 0 and (cast(:location as bigint) is null or b.location_id = :location)
                   and (cast(:item as bigint) is null or b.item_id = :item)""";
        List<Balance> rows = jdbc.sql(SELECT + where + " order by loc.code, l.lot_number, c.code limit :limit offset :offset")
                .param("location", locationId).param("item", itemId)
                .param("limit", page.size()).param("offset", page.offset())
                .query(Balances::map).list();
        long total = jdbc.sql("select count(*) from stock_balances b " + where)
                .param("location", locationId).param("item", itemId).query(Long.class).single();
        return new Page<>(rows, page.page(), page.size(), total);
    }

    private static Balance map(ResultSet rs, int row) throws SQLException {
        return new Balance(rs.getString("lot_number"), rs.getString("sku"), rs.getString("location"),
                rs.getString("pallet"), new Quantity(rs.getBigDecimal("quantity"),
                new UnitOfMeasure(rs.getString("base_unit"))));
    }

    /** One balance row: stock of a lot at a location, on a container (0 for loose stock). */
    record BalanceKey(long lotId, long locationId, long containerId) implements Comparable<BalanceKey> {
        @Override
        public int compareTo(BalanceKey other) {
            int byLot = Long.compare(lotId, other.lotId);
            if (byLot != 0) {
                return byLot;
            }
            int byLocation = Long.compare(locationId, other.locationId);
            return byLocation != 0 ? byLocation : Long.compare(containerId, other.containerId);
        }
    }
}
