package io.lotline.recall.internal;

import io.lotline.recall.MassBalance;
import io.lotline.shared.Quantity;
import io.lotline.shared.SqlResource;
import io.lotline.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mass balance of a set of lots from the ledger, in one query for the flows and one for the stock: every entry
 * that put stock somewhere counts in, every entry that took it away counts out, by kind; the gap is in − out − on
 * hand, exact in base units.
 */
@Component
class MassBalances {
    private static final String FLOWS = SqlResource.load(MassBalances.class, "mass-balance-flows.sql");
    private static final String ON_HAND = SqlResource.load(MassBalances.class, "mass-balance-on-hand.sql");

    private final JdbcClient jdbc;

    MassBalances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MassBalance> of(List<Long> lotIds) {
        if (lotIds.isEmpty()) {
            return List.of();
        }
        Long[] ids = lotIds.toArray(Long[]::new);
        Map<Long, Flows> flows = new LinkedHashMap<>();
        jdbc.sql(FLOWS).param("ids", ids).query(rs -> {
            Flows lot = flows.computeIfAbsent(rs.getLong("lot_id"), id -> new Flows());
            lot.number = rs.getString("lot_number");
            lot.sku = rs.getString("sku");
            lot.unit = rs.getString("base_unit");
            String type = rs.getString("entry_type");
            lot.in.merge(type, rs.getBigDecimal("inflow"), BigDecimal::add);
            lot.out.merge(type, rs.getBigDecimal("outflow"), BigDecimal::add);
        });
        Map<Long, BigDecimal> onHand = new HashMap<>();
        jdbc.sql(ON_HAND).param("ids", ids).query(rs -> {
            onHand.put(rs.getLong("lot_id"), rs.getBigDecimal("on_hand"));
        });
        List<MassBalance> balances = new ArrayList<>();
        flows.forEach((id, f) -> balances.add(f.balance(onHand.getOrDefault(id, BigDecimal.ZERO), id)));
        balances.sort((a, b) -> a.lotNumber().compareTo(b.lotNumber()));
        return balances;
    }

    /** The in- and outflows of one lot by entry type. */
    private final class Flows {
        String number;
        String sku;
        String unit;
        final Map<String, BigDecimal> in = new HashMap<>();
        final Map<String, BigDecimal> out = new HashMap<>();

        MassBalance balance(BigDecimal stock, long lotId) {
            BigDecimal totalIn = in.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal totalOut = out.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal gap = totalIn.subtract(totalOut).subtract(stock);
            List<Long> explaining = gap.signum() == 0 ? List.of() : jdbc.sql(
                    "select id from ledger_entries where lot_id = ? and base_quantity is not null order by seq")
                    .param(lotId).query(Long.class).list();
            return new MassBalance(number, sku, q(in, "RECEIPT"), q(in, "OUTPUT"), q(in, "RETURN"), q(out, "ISSUE"),
                    q(out, "SHIPMENT"), q(out, "SCRAP"), q(in, "COUNT_ADJUSTMENT"), q(out, "COUNT_ADJUSTMENT"),
                    q(in, "CORRECTION"), q(out, "CORRECTION"), quantity(stock), quantity(gap.abs()), explaining);
        }

        private Quantity q(Map<String, BigDecimal> flows, String type) {
            return quantity(flows.getOrDefault(type, BigDecimal.ZERO));
        }

        private Quantity quantity(BigDecimal amount) {
            return new Quantity(amount, new UnitOfMeasure(unit));
        }
    }
}
