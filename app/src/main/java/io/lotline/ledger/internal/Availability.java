package io.lotline.ledger.internal;

import io.lotline.ledger.AvailableStock;
import io.lotline.ledger.StockAtPlace;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Owns available stock: the item locks ({@link ItemLocks}), the reservations ({@link StockReservations}) and the
 * stock cache ({@link StockCache}); nothing else writes them. Whoever reserves or gives back asks here, and so does
 * the ledger's own booking ({@link LedgerService#post}), which locks the items it takes stock of or changes a lot's
 * status of, reads what other orders hold where it takes stock, and gives back what a blocked lot held.
 *
 * <p>Every change to reservations goes to the cache: as the state it leaves when that state is known (what this
 * transaction read, or what the cache holds, with the change applied), else as a change that invalidates the item.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class Availability implements AvailableStock {
    private final ItemLocks locks;
    private final StockReservations reservations;
    private final StockPlaces places;
    private final StockCache cache;

    Availability(ItemLocks locks, StockReservations reservations, StockPlaces places, StockCache cache) {
        this.locks = locks;
        this.reservations = reservations;
        this.places = places;
        this.cache = cache;
    }

    @Override
    public Map<Long, List<StockAtPlace>> lockAndRead(Collection<Long> itemIds) {
        locks.lock(itemIds);
        Map<Long, StockCache.Stock> stock = cache.stockOf(itemIds, places::ofItems);
        Read read = read(true);
        Map<Long, List<StockAtPlace>> byItem = new HashMap<>();
        stock.forEach((item, itsStock) -> {
            read.stock.put(item, itsStock);
            byItem.put(item, itsStock.places());
        });
        return byItem;
    }

    @Override
    @Transactional(readOnly = true)
    public StockAtPlace at(long lotId, long locationId, long containerId) {
        return places.one(lotId, locationId, containerId);
    }

    @Override
    public void reserve(String customerOrder, List<Reservation> reserved) {
        if (reserved.isEmpty()) {
            return;
        }
        locks.lock(reserved.stream().map(Reservation::itemId).toList());
        reservations.insert(customerOrder, reserved);
        byItem(reserved).forEach((item, itsReservations) -> changed(item, itsReservations, BigDecimal.ONE));
    }

    @Override
    public void reduce(long reservation, BigDecimal quantity) {
        List<Reservation> before = reservations.find(List.of(reservation));
        if (before.isEmpty()) {
            return;
        }
        locks.lock(List.of(before.get(0).itemId()));
        reservations.find(List.of(reservation)).forEach(held -> {
            BigDecimal givenBack = held.quantity().subtract(quantity.max(BigDecimal.ZERO));
            if (givenBack.signum() <= 0) {
                return;
            }
            if (quantity.signum() <= 0) {
                reservations.delete(List.of(reservation));
            } else {
                reservations.resize(reservation, quantity);
            }
            changed(held.itemId(), List.of(withQuantity(held, givenBack)), BigDecimal.ONE.negate());
        });
    }

    @Override
    public void release(Collection<Long> ids) {
        List<Reservation> before = reservations.find(ids);
        if (before.isEmpty()) {
            return;
        }
        locks.lock(before.stream().map(Reservation::itemId).toList());
        List<Reservation> held = reservations.find(ids);
        reservations.delete(held.stream().map(Reservation::id).toList());
        byItem(held).forEach((item, itsReservations) -> changed(item, itsReservations, BigDecimal.ONE.negate()));
    }

    /** Locks the items a booking takes stock of out of a place, or changes a lot's status of. */
    void lockForBooking(Collection<Long> itemIds) {
        if (!itemIds.isEmpty()) {
            locks.lock(itemIds);
        }
    }

    /** What orders hold at the places a booking takes stock from, by order code; read under the items' locks. */
    Map<StockReservations.At, Map<String, BigDecimal>> heldAt(Collection<StockReservations.At> at) {
        return reservations.heldAt(at);
    }

    /** A lot that stops being released keeps none of its reservations. The booking invalidates its item. */
    void lotBlocked(long lotId) {
        reservations.deleteLot(lotId);
    }

    /**
     * Hands the item's new state to the cache, {@code sign} times the reservations added to what this transaction
     * read of it or the cache holds, or invalidates the item when neither is known or a place is missing.
     */
    private void changed(long item, List<Reservation> changes, BigDecimal sign) {
        Read read = read(false);
        StockCache.Stock known = read == null ? null : read.stock.remove(item);
        if (known == null) {
            known = cache.current(item);
        }
        Map<List<Long>, StockAtPlace> after = new LinkedHashMap<>();
        if (known != null) {
            known.places().forEach(place -> after.put(key(place), place));
        }
        if (known == null || !changes.stream().allMatch(change -> after.containsKey(key(change)))) {
            cache.changing(List.of(item));
            return;
        }
        changes.forEach(change -> after.computeIfPresent(key(change),
                (key, place) -> place.reserving(change.quantity().multiply(sign))));
        cache.keepOnCommit(known, item, new ArrayList<>(after.values()));
    }

    private static Map<Long, List<Reservation>> byItem(List<Reservation> reserved) {
        return reserved.stream().collect(Collectors.groupingBy(Reservation::itemId));
    }

    private static Reservation withQuantity(Reservation r, BigDecimal quantity) {
        return new Reservation(r.id(), r.itemId(), r.lotId(), r.locationId(), r.containerId(), quantity);
    }

    private static List<Long> key(StockAtPlace place) {
        return List.of(place.lotId(), place.locationId(), place.containerId());
    }

    private static List<Long> key(Reservation reservation) {
        return List.of(reservation.lotId(), reservation.locationId(), reservation.containerId());
    }

    private static Read read(boolean register) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof Read read) {
                return read;
            }
        }
        if (!register) {
            return null;
        }
        Read read = new Read();
        TransactionSynchronizationManager.registerSynchronization(read);
        return read;
    }

    /** The stock this transaction read of each item and has not changed yet: the base of the state it leaves. */
    private static final class Read implements TransactionSynchronization {
        final Map<Long, StockCache.Stock> stock = new HashMap<>();
    }
}
