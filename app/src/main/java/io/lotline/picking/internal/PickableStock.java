package io.lotline.picking.internal;

import io.lotline.catalog.Item;
import io.lotline.ledger.AvailableStock;
import io.lotline.ledger.StockAtPlace;
import io.lotline.picking.domain.StockPosition;
import io.lotline.shared.Quantity;
import io.lotline.shared.UnitOfMeasure;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stock picking allocates from, as the ledger answers it ({@link AvailableStock}: what lies at each place less
 * what orders hold there), with each lot's number and arrival ({@link LotArrivals}) for the strategies and the pick
 * list.
 */
@Component
class PickableStock {
    private final AvailableStock available;
    private final LotArrivals arrivals;
    private final JdbcClient jdbc;
    private final Clock clock;

    PickableStock(AvailableStock available, LotArrivals arrivals, JdbcClient jdbc, Clock clock) {
        this.available = available;
        this.arrivals = arrivals;
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
     * Locks the items in the ledger and answers the stock at their places, item by item in (lot, location, pallet)
     * order: no other allocation reserves stock of them until this transaction ends.
     */
    Map<Long, List<StockPosition>> lockAndRead(Collection<Item> items) {
        Map<Long, List<StockAtPlace>> places = available.lockAndRead(items.stream().map(Item::id).toList());
        long[] lots = places.values().stream().flatMap(List::stream).mapToLong(StockAtPlace::lotId).distinct()
                .toArray();
        LotArrivals.Arrival[] arrived = arrivals.of(lots);
        Map<Long, LotArrivals.Arrival> byLot = new HashMap<>();
        for (int i = 0; i < lots.length; i++) {
            byLot.put(lots[i], arrived[i]);
        }
        Map<Long, List<StockPosition>> byItem = new HashMap<>();
        for (Item item : items) {
            byItem.put(item.id(), places.getOrDefault(item.id(), List.of()).stream()
                    .map(place -> position(place, byLot.get(place.lotId()), item.baseUnit())).toList());
        }
        return byItem;
    }

    /** One lot of the item at one place, also when nothing lies there any more. */
    StockPosition at(Key key, Item item) {
        StockAtPlace place = available.at(key.lotId(), key.locationId(), key.containerId());
        return position(place, arrivals.of(new long[] {key.lotId()})[0], item.baseUnit());
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

    private StockPosition position(StockAtPlace place, LotArrivals.Arrival arrival, UnitOfMeasure unit) {
        Instant received = arrival.receivedAt();
        return new StockPosition(place.lotId(), arrival.lotNumber(), place.status(), place.expiryDate(), received,
                received.atZone(clock.getZone()).toLocalDate(), place.locationId(), place.location(),
                place.pickable(), place.containerId(), place.pallet(), new Quantity(place.onHand(), unit),
                new Quantity(place.free(), unit), place.heldByRecall());
    }
}
