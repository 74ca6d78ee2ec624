package io.lotline.ledger.internal;

import io.lotline.ledger.AvailableStock.Reservation;
import io.lotline.shared.SqlResource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reservations: what customer orders hold of a lot at a place, one row per holder's reservation (a pick), gone
 * once it is given back or shipped. Written only by {@link Availability}, under the items' locks.
 */
@Repository
class StockReservations {
    /** PostgreSQL: the reservations' insert and the move of their items' stock versions as one statement. */
    private static final String INSERT_MOVING = SqlResource.load(StockReservations.class, "reserve-and-move.sql");

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ItemLocks locks;
    private final boolean postgres;

    StockReservations(JdbcClient jdbc, JdbcTemplate batch, ItemLocks locks, DataSource dataSource)
            throws SQLException {
        this.jdbc = jdbc;
        this.batch = batch;
        this.locks = locks;
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    /** A lot at a location, on a pallet (0 for loose stock). */
    record At(long lotId, long locationId, long containerId) {
    }

    /**
     * Stores the reservations; the caller holds their items' locks. On PostgreSQL the same statement moves the stock
     * version of those items whose version this transaction has not moved yet, which then is not moved again at
     * commit ({@link ItemLocks#advance}): one round trip fewer while the locks are held. H2 inserts them in a batch.
     */
    void insert(String customerOrder, List<Reservation> reservations) {
        if (postgres) {
            List<Long> moving = locks.unmoved(reservations.stream().map(Reservation::itemId).toList());
            jdbc.sql(INSERT_MOVING).param("order", customerOrder)
                    .param("ids", column(reservations, Reservation::id))
                    .param("items", column(reservations, Reservation::itemId))
                    .param("lots", column(reservations, Reservation::lotId))
                    .param("locations", column(reservations, Reservation::locationId))
                    .param("containers", column(reservations, Reservation::containerId))
                    .param("quantities", reservations.stream().map(r -> r.quantity().toPlainString())
                            .toArray(String[]::new))
                    .param("moving", moving.toArray(Long[]::new))
                    .update();
            locks.moved(moving);
            return;
        }
        batch.batchUpdate("""
                        insert into stock_reservations (id, customer_order, item_id, lot_id, location_id, container_id,
                                                        quantity)
                        values (?, ?, ?, ?, ?, ?, ?)""",
                reservations.stream().map(r -> new Object[] {r.id(), customerOrder, r.itemId(), r.lotId(),
                        r.locationId(), r.containerId(), r.quantity()}).toList());
    }

    private static Long[] column(List<Reservation> reservations, ToLongFunction<Reservation> value) {
        return reservations.stream().mapToLong(value).boxed().toArray(Long[]::new);
    }

    /** The reservations of those ids that still exist. */
    List<Reservation> find(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, item_id, lot_id, location_id, container_id, quantity from stock_reservations
                         where id in (:ids) order by id""")
                .param("ids", List.copyOf(ids))
                .query((rs, n) -> new Reservation(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getBigDecimal(6))).list();
    }

    void delete(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("delete from stock_reservations where id in (:ids)").param("ids", List.copyOf(ids)).update();
        }
    }

    void resize(long id, BigDecimal quantity) {
        jdbc.sql("update stock_reservations set quantity = ? where id = ?").params(quantity, id).update();
    }

    /** Gives back everything reserved of the lot; answers how many reservations that was. */
    int deleteLot(long lotId) {
        return jdbc.sql("delete from stock_reservations where lot_id = ?").param(lotId).update();
    }

    /**
     * What is held at each place asked about, by the code of the customer order that holds it; a place where
     * nothing is held is left out.
     */
    Map<At, Map<String, BigDecimal>> heldAt(Collection<At> places) {
        if (places.isEmpty()) {
            return Map.of();
        }
        Set<At> asked = new HashSet<>(places);
        Map<At, Map<String, BigDecimal>> held = new HashMap<>();
        jdbc.sql("""
                        select lot_id, location_id, container_id, quantity, customer_order from stock_reservations
                         where lot_id = any(cast(:lots as bigint array))""")
                .param("lots", asked.stream().map(At::lotId).distinct().toArray(Long[]::new))
                .query(rs -> {
                    At at = new At(rs.getLong(1), rs.getLong(2), rs.getLong(3));
                    if (asked.contains(at)) {
                        held.computeIfAbsent(at, key -> new HashMap<>())
                                .merge(rs.getString(5), rs.getBigDecimal(4), BigDecimal::add);
                    }
                });
        return held;
    }
}
