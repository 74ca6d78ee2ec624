package io.lotline.ledger.internal;

import io.lotline.ledger.StockAtPlace;
import io.lotline.lots.LotStatus;
import io.lotline.shared.SqlResource;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads what the places of items hold as {@link StockAtPlace}: the balances, then for those places the lots' state,
 * the locations, the pallets and what is reserved there. Nothing here locks; {@link Availability} reads after it has
 * locked the items.
 */
@Repository
class StockPlaces {
    private static final String AT_PLACES = SqlResource.load(StockPlaces.class, "stock-at-places.sql");

    private final JdbcClient jdbc;

    StockPlaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A balance row and what lies there. */
    private record Place(long lotId, long locationId, long containerId, BigDecimal onHand) {
    }

    /** What the places that hold stock of each item hold, item by item in (lot, location, pallet) order. */
    Map<Long, List<StockAtPlace>> ofItems(Collection<Long> itemIds) {
        Map<Long, List<Place>> places = new HashMap<>();
        jdbc.sql("""
                        select item_id, lot_id, location_id, container_id, quantity from stock_balances
                         where item_id in (:items) and quantity > 0
                         order by lot_id, location_id, container_id""")
                .param("items", List.copyOf(itemIds))
                .query(rs -> {
                    places.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new Place(rs.getLong(2),
                            rs.getLong(3), rs.getLong(4), rs.getBigDecimal(5)));
                });
        Map<Place, StockAtPlace> found = at(places.values().stream().flatMap(List::stream).toList());
        Map<Long, List<StockAtPlace>> byItem = new HashMap<>();
        places.forEach((item, itsPlaces) -> byItem.put(item,
                itsPlaces.stream().map(found::get).filter(Objects::nonNull).toList()));
        return byItem;
    }

    /** One lot at one place, also when nothing lies there (or never did). */
    StockAtPlace one(long lotId, long locationId, long containerId) {
        BigDecimal onHand = jdbc.sql("""
                        select quantity from stock_balances
                         where lot_id = ? and location_id = ? and container_id = ?""")
                .params(lotId, locationId, containerId).query(BigDecimal.class).optional().orElse(BigDecimal.ZERO);
        Place place = new Place(lotId, locationId, containerId, onHand);
        return at(List.of(place)).get(place);
    }

    private Map<Place, StockAtPlace> at(List<Place> places) {
        if (places.isEmpty()) {
            return Map.of();
        }
        Map<List<Long>, Place> byKey = new HashMap<>();
        places.forEach(place -> byKey.put(List.of(place.lotId(), place.locationId(), place.containerId()), place));
        Map<Place, StockAtPlace> found = new HashMap<>();
        jdbc.sql(AT_PLACES)
                .param("lots", places.stream().map(Place::lotId).toArray(Long[]::new))
                .param("locations", places.stream().map(Place::locationId).toArray(Long[]::new))
                .param("containers", places.stream().map(Place::containerId).toArray(Long[]::new))
                .query(rs -> {
                    Place place = byKey.get(List.of(rs.getLong("lot_id"), rs.getLong("location_id"),
                            rs.getLong("container_id")));
                    found.put(place, stockAt(rs, place.onHand()));
                });
        return found;
    }

    private static StockAtPlace stockAt(ResultSet rs, BigDecimal onHand) throws SQLException {
        return new StockAtPlace(rs.getLong("lot_id"), LotStatus.valueOf(rs.getString("status")),
                rs.getString("held_by_recall"), rs.getObject("expiry_date", LocalDate.class), rs.getLong("location_id"),
                rs.getString("location"), rs.getBoolean("pickable"), rs.getLong("container_id"), rs.getString("pallet"),
                onHand, rs.getBigDecimal("reserved"));
    }
}
