package io.lotline.ledger.internal;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.ledger.EntryType;
import io.lotline.ledger.InsufficientStock;
import io.lotline.ledger.Place;
import io.lotline.ledger.Posting;
import io.lotline.ledger.ReservedStock;
import io.lotline.ledger.StockNotAtPlace;
import io.lotline.ledger.internal.Balances.BalanceKey;
import io.lotline.ledger.internal.Serials.SerialUnit;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Quantity;
import io.lotline.shared.Refused;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Applies the stock effect of postings: takes from the {@code from} place, puts to the {@code to} place, and moves
 * the serial-numbered units named. Locks every balance it touches in one fixed order first, so two bookings on the
 * same pallet wait for each other and the second sees what the first left. Stock taken out of a place (other than by
 * a count) must not be reserved for another order than the one it ships under ({@link Availability}); the ledger
 * has locked the items before it calls this, before any balance is locked.
 */
@Component
class StockKeeper {
    private final Balances balances;
    private final Serials serials;
    private final Catalog catalog;
    private final Availability availability;

    StockKeeper(Balances balances, Serials serials, Catalog catalog, Availability availability) {
        this.balances = balances;
        this.serials = serials;
        this.catalog = catalog;
        this.availability = availability;
    }

    /** Returns, per posting, the ids of the serial units it moved. */
    List<List<Long>> apply(List<Posting> postings, List<String> lotNumbers) {
        List<Posting> taking = postings.stream().filter(StockKeeper::mindsReservations).toList();
        TreeSet<BalanceKey> touched = new TreeSet<>();
        for (Posting p : postings) {
            if (p.to() != null) {
                balances.ensure(to(p), p.itemId());
                touched.add(to(p));
            }
            if (p.from() != null) {
                touched.add(from(p));
            }
        }
        Map<BalanceKey, BigDecimal> onHand = new HashMap<>();
        touched.forEach(key -> onHand.put(key, balances.lock(key)));
        Map<StockReservations.At, Map<String, BigDecimal>> held = held(taking.stream().map(StockKeeper::at).toList());
        List<List<Long>> moved = new ArrayList<>();
        for (int i = 0; i < postings.size(); i++) {
            Posting p = postings.get(i);
            BigDecimal amount = p.baseQuantity() == null ? BigDecimal.ZERO : p.baseQuantity().amount();
            if (p.from() != null) {
                BigDecimal available = onHand.get(from(p));
                if (available.signum() == 0 && amount.signum() > 0) {
                    throw new StockNotAtPlace("from.location", lotNumbers.get(i), place(p.from()));
                }
                if (available.compareTo(amount) < 0) {
                    throw new InsufficientStock("quantity", lotNumbers.get(i), place(p.from()), p.baseQuantity(),
                            new Quantity(available, p.baseQuantity().unit()));
                }
                Map<String, BigDecimal> others = heldForOthers(p, held);
                BigDecimal reserved = others.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                if (available.subtract(reserved).compareTo(amount) < 0) {
                    throw new ReservedStock("quantity", lotNumbers.get(i), place(p.from()), p.baseQuantity(),
                            new Quantity(available, p.baseQuantity().unit()),
                            new Quantity(reserved, p.baseQuantity().unit()), List.copyOf(others.keySet()));
                }
                onHand.put(from(p), available.subtract(amount));
                balances.change(from(p), amount.negate());
            }
            if (p.to() != null) {
                onHand.merge(to(p), amount, BigDecimal::add);
                balances.change(to(p), amount);
            }
            moved.add(moveSerials(p));
        }
        return moved;
    }

    /** Stock taken out of a place minds what is reserved there; a count records what it found, reserved or not. */
    static boolean mindsReservations(Posting p) {
        return p.from() != null && p.type() != EntryType.COUNT_ADJUSTMENT;
    }

    private Map<StockReservations.At, Map<String, BigDecimal>> held(List<StockReservations.At> places) {
        return availability.heldAt(places);
    }

    /** What orders hold where the posting takes stock, in order code order, except what its own order holds. */
    private static Map<String, BigDecimal> heldForOthers(Posting p,
                                                         Map<StockReservations.At, Map<String, BigDecimal>> held) {
        Map<String, BigDecimal> others = new TreeMap<>(mindsReservations(p) ? held.getOrDefault(at(p), Map.of())
                : Map.of());
        if (p.type() == EntryType.SHIPMENT && p.references().customerOrder() != null) {
            others.remove(p.references().customerOrder());
        }
        return others;
    }

    private List<Long> moveSerials(Posting p) {
        Item item = catalog.item(p.itemId());
        if (!item.tracking().serials() || p.baseQuantity() == null) {
            if (!p.serials().isEmpty()) {
                throw new InvalidInput("serials", p.serials(), "serials-only-for-serial-items",
                        "Item " + item.sku() + " is not tracked by serial number");
            }
            return List.of();
        }
        int expected = item.serialCount(p.baseQuantity(), "quantity");
        if (p.serials().size() != expected || new HashSet<>(p.serials()).size() != expected) {
            throw new InvalidInput("serials", p.serials().size(), "serial-count-matches-quantity",
                    "Name " + expected + " different serial numbers, one for each unit moved; got "
                            + p.serials().size());
        }
        List<Long> ids = new ArrayList<>();
        for (String serial : p.serials()) {
            ids.add(moveSerial(p, item, serial));
        }
        return ids;
    }

    private long moveSerial(Posting p, Item item, String serial) {
        SerialUnit unit = serials.find(item.id(), serial).orElse(null);
        if (p.from() != null) {
            if (unit == null || unit.lotId() != p.lotId() || !"IN_STOCK".equals(unit.state())
                    || unit.locationId() == null || unit.locationId() != p.from().locationId()
                    || unit.containerId() != p.from().containerId()) {
                throw new Refused("serials", serial, "serial-at-place",
                        "Serial " + serial + " of this lot is not in stock at " + place(p.from()).location()
                                + (p.from().containerId() == 0 ? "" : " on the pallet named"));
            }
        } else if (unit == null) {
            if (p.type() == EntryType.RETURN) {
                throw new Refused("serials", serial, "serial-was-shipped",
                        "Serial " + serial + " was never part of this lot");
            }
            return serials.register(item.id(), serial, p.lotId(), p.to().locationId(), p.to().containerId());
        } else if ("IN_STOCK".equals(unit.state())
                || (unit.lotId() != p.lotId() && !"VOID".equals(unit.state()))) {
            throw new Refused("serials", serial, "serial-unique",
                    "Serial " + serial + " of item " + item.sku() + " already exists ("
                            + unit.state().toLowerCase().replace('_', ' ') + ")");
        }
        if (p.to() != null) {
            serials.place(unit.id(), p.to().locationId(), p.to().containerId(), "IN_STOCK");
        } else {
            serials.place(unit.id(), null, 0, stateAfter(p.type()));
        }
        return unit.id();
    }

    private static String stateAfter(EntryType type) {
        return switch (type) {
            case SHIPMENT -> "SHIPPED";
            case SCRAP -> "SCRAPPED";
            case ISSUE -> "CONSUMED";
            case COUNT_ADJUSTMENT -> "MISSING";
            default -> "VOID";
        };
    }

    private Place place(Posting.PlaceIds ids) {
        return new Place(catalog.location(ids.locationId()).code(),
                ids.containerId() == 0 ? null : catalog.container(ids.containerId()).code());
    }

    private static StockReservations.At at(Posting p) {
        return new StockReservations.At(p.lotId(), p.from().locationId(), p.from().containerId());
    }

    private static BalanceKey from(Posting p) {
        return new BalanceKey(p.lotId(), p.from().locationId(), p.from().containerId());
    }

    private static BalanceKey to(Posting p) {
        return new BalanceKey(p.lotId(), p.to().locationId(), p.to().containerId());
    }
}
