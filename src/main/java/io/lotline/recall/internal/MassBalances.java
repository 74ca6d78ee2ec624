package io.lotline.recall.internal;

import io.lotline.ledger.EntryType;
import io.lotline.recall.MassBalance;
import io.lotline.shared.Quantity;
import io.lotline.shared.SqlResource;
import io.lotline.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mass balance of a set of lots from the ledger, in three set-based queries whatever the number of lots: the
 * lots with their item, every entry of theirs summed by lot and kind (an entry that put stock somewhere counts in,
 * one that took it away counts out), and what they have on hand. The gap is in − out − on hand, exact in base units.
 */
@Component
class MassBalances {
    private static final String LOTS = SqlResource.load(MassBalances.class, "mass-balance-lots.sql");
    private static final String FLOWS = SqlResource.load(MassBalances.class, "mass-balance-flows.sql");
    private static final String ON_HAND = SqlResource.load(MassBalances.class, "mass-balance-on-hand.sql");

    private final JdbcClient jdbc;
    private final boolean postgres;

    MassBalances(JdbcClient jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    /**
     * The balances of the lots that have moved stock, by lot number; lots never booked have none. Must run in a
     * transaction: on PostgreSQL its statements are not JIT-compiled, which for statements over tens of thousands of
     * lots can take longer than running them.
     */
    List<MassBalance> of(Collection<String> lotNumbers) {
        if (lotNumbers.isEmpty()) {
            return List.of();
        }
        if (postgres) {
            jdbc.sql("set local jit = off").update();
        }
        Map<Long, Flows> lots = new HashMap<>();
        jdbc.sql(LOTS).param("lots", lotNumbers.stream().distinct().toArray(String[]::new)).query(rs -> {
            lots.put(rs.getLong(1), new Flows(rs.getLong(1), rs.getString(2), rs.getString(3),
                    new UnitOfMeasure(rs.getString(4))));
        });
        Long[] ids = lots.keySet().toArray(Long[]::new);
        jdbc.sql(FLOWS).param("ids", ids).query(rs -> {
            lots.get(rs.getLong(1)).add(EntryType.valueOf(rs.getString(2)), rs.getBigDecimal(3), rs.getBigDecimal(4));
        });
        jdbc.sql(ON_HAND).param("ids", ids).query(rs -> {
            BigDecimal onHand = rs.getBigDecimal(2);
            if (onHand != null) {
                lots.get(rs.getLong(1)).onHand = onHand;
            }
        });
        return lots.values().stream().filter(Flows::booked).map(Flows::balance)
                .sorted(Comparator.comparing(MassBalance::lotNumber)).toList();
    }

    /** The in- and outflows of one lot by entry type, and its stock now. */
    private final class Flows {
        final long id;
        final String number;
        final String sku;
        final UnitOfMeasure unit;
        final Map<EntryType, BigDecimal> in = new EnumMap<>(EntryType.class);
        final Map<EntryType, BigDecimal> out = new EnumMap<>(EntryType.class);
        BigDecimal onHand = BigDecimal.ZERO;

        Flows(long id, String number, String sku, UnitOfMeasure unit) {
            this.id = id;
            this.number = number;
            this.sku = sku;
            this.unit = unit;
        }

        void add(EntryType type, BigDecimal inflow, BigDecimal outflow) {
            in.merge(type, inflow, BigDecimal::add);
            out.merge(type, outflow, BigDecimal::add);
        }

        boolean booked() {
            return !in.isEmpty();
        }

        MassBalance balance() {
            BigDecimal totalIn = in.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal totalOut = out.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal gap = totalIn.subtract(totalOut).subtract(onHand);
            List<Long> explaining = gap.signum() == 0 ? List.of() : jdbc.sql(
                    "select id from ledger_entries where lot_id = ? and base_quantity is not null order by seq")
                    .param(id).query(Long.class).list();
            return new MassBalance(number, sku, q(in, EntryType.RECEIPT), q(in, EntryType.OUTPUT),
                    q(in, EntryType.RETURN), q(out, EntryType.ISSUE), q(out, EntryType.SHIPMENT),
                    q(out, EntryType.SCRAP), q(in, EntryType.COUNT_ADJUSTMENT), q(out, EntryType.COUNT_ADJUSTMENT),
                    q(in, EntryType.CORRECTION), q(out, EntryType.CORRECTION), quantity(onHand), quantity(gap.abs()),
                    explaining);
        }

        private Quantity q(Map<EntryType, BigDecimal> flows, EntryType type) {
            return quantity(flows.getOrDefault(type, BigDecimal.ZERO));
        }

        private Quantity quantity(BigDecimal amount) {
            return new Quantity(amount, unit);
        }
    }
}
