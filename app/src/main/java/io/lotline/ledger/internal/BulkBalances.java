package io.lotline.ledger.internal;

import io.lotline.ledger.Posting;
import io.lotline.ledger.internal.Balances.BalanceKey;
import io.lotline.shared.Conflict;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The balances of a bulk append. The rows of every lot touched are locked and read once; the postings are replayed
 * against them in append order, so stock taken before it was put is refused exactly as a single booking would refuse
 * it; then the net change of each row is written in one statement.
 */
@Repository
class BulkBalances {
    private static final String MERGE = """
            merge into stock_balances b
            using (select * from unnest(cast(:lots as bigint array), cast(:locations as bigint array),
                                        cast(:containers as bigint array), cast(:items as bigint array),
                                        cast(:deltas as numeric(19, 6) array))
                          as n (lot_id, location_id, container_id, item_id, delta)) d
               on b.lot_id = d.lot_id and b.location_id = d.location_id and b.container_id = d.container_id
             when matched then update set quantity = b.quantity + d.delta
             when not matched then insert (lot_id, location_id, container_id, item_id, quantity)
                  values (d.lot_id, d.location_id, d.container_id, d.item_id, d.delta)""";

    private final JdbcClient jdbc;

    BulkBalances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every entry's item is its lot's item: a balance row of flour never holds sugar. */
    void checkItems(List<Posting> postings) {
        Map<Long, Long> itemOfLot = new HashMap<>();
        jdbc.sql("""
                        select l.id, l.item_id from unnest(cast(:lots as bigint array)) as v (id)
                          join lots l on l.id = v.id""")
                .param("lots", lots(postings))
                .query(rs -> {
                    itemOfLot.put(rs.getLong(1), rs.getLong(2));
                });
        for (int i = 0; i < postings.size(); i++) {
            Posting p = postings.get(i);
            if (!Long.valueOf(p.itemId()).equals(itemOfLot.get(p.lotId()))) {
                throw new IllegalArgumentException("postings[" + i + "]: item " + p.itemId()
                        + " is not the item of lot " + p.lotId());
            }
        }
    }

    void apply(List<Posting> postings) {
        Map<BalanceKey, BigDecimal> onHand = lockAndRead(lots(postings));
        Set<BalanceKey> existing = Set.copyOf(onHand.keySet());
        Map<BalanceKey, BigDecimal> change = new LinkedHashMap<>();
        Map<BalanceKey, Long> items = new HashMap<>();
        for (int i = 0; i < postings.size(); i++) {
            Posting p = postings.get(i);
            BigDecimal amount = p.baseQuantity() == null ? BigDecimal.ZERO : p.baseQuantity().amount();
            if (p.from() != null) {
                BalanceKey from = new BalanceKey(p.lotId(), p.from().locationId(), p.from().containerId());
                BigDecimal available = onHand.getOrDefault(from, BigDecimal.ZERO);
                if (available.compareTo(amount) < 0) {
                    throw new Conflict("postings[" + i + "].quantity", amount.stripTrailingZeros().toPlainString(),
                            "not-more-than-on-hand", "Lot " + p.lotId() + " has " + available.toPlainString()
                            + " at location " + from.locationId() + ", container " + from.containerId()
                            + " when this entry would be appended");
                }
                onHand.put(from, available.subtract(amount));
                change.merge(from, amount.negate(), BigDecimal::add);
                items.put(from, p.itemId());
            }
            if (p.to() != null) {
                BalanceKey to = new BalanceKey(p.lotId(), p.to().locationId(), p.to().containerId());
                onHand.merge(to, amount, BigDecimal::add);
                change.merge(to, amount, BigDecimal::add);
                items.put(to, p.itemId());
            }
        }
        change.entrySet().removeIf(c -> c.getValue().signum() == 0 && existing.contains(c.getKey()));
        merge(change, items);
    }

    private Map<BalanceKey, BigDecimal> lockAndRead(Long[] lots) {
        Map<BalanceKey, BigDecimal> rows = new HashMap<>();
        jdbc.sql("""
                        select b.lot_id, b.location_id, b.container_id, b.quantity
                          from unnest(cast(:lots as bigint array)) as v (id)
                          join stock_balances b on b.lot_id = v.id
                         order by b.lot_id, b.location_id, b.container_id for update""")
                .param("lots", lots)
                .query(rs -> {
                    rows.put(new BalanceKey(rs.getLong(1), rs.getLong(2), rs.getLong(3)), rs.getBigDecimal(4));
                });
        return rows;
    }

    private void merge(Map<BalanceKey, BigDecimal> change, Map<BalanceKey, Long> items) {
        if (change.isEmpty()) {
            return;
        }
        int n = change.size();
        Long[] lots = new Long[n];
        Long[] locations = new Long[n];
        Long[] containers = new Long[n];
        Long[] itemIds = new Long[n];
        String[] deltas = new String[n];
        int i = 0;
        for (Map.Entry<BalanceKey, BigDecimal> c : change.entrySet()) {
            lots[i] = c.getKey().lotId();
            locations[i] = c.getKey().locationId();
            containers[i] = c.getKey().containerId();
            itemIds[i] = items.get(c.getKey());
            deltas[i++] = c.getValue().toPlainString();
        }
        jdbc.sql(MERGE).param("lots", lots).param("locations", locations).param("containers", containers)
                .param("items", itemIds).param("deltas", deltas).update();
    }

    private static Long[] lots(List<Posting> postings) {
        return postings.stream().map(Posting::lotId).distinct().toArray(Long[]::new);
    }
}
