package io.lotline.bench.internal;

import io.lotline.ledger.Posting;
import io.lotline.ledger.Posting.PlaceIds;
import io.lotline.ledger.References;
import io.lotline.shared.Quantity;
import io.lotline.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The postings of the generated network, in the words of the floor, exactly as the receiving, production and
 * movement capabilities would build them. Amounts are thousandths of the item's base unit.
 */
final class Postings {
    private final long[] lotIds;
    private final long[] itemIds;
    private final int[] itemOfLot;
    private final UnitOfMeasure[] units;

    Postings(Network net, long[] lotIds, long[] itemIds) {
        this.lotIds = lotIds;
        this.itemIds = itemIds;
        this.itemOfLot = net.item;
        this.units = net.items.stream().map(item -> UnitOfMeasure.of(item.unit())).toArray(UnitOfMeasure[]::new);
    }

    static BigDecimal amount(long thousandths) {
        return BigDecimal.valueOf(thousandths, 3);
    }

    Posting receipt(int lot, long amount, PlaceIds to, long supplier, String purchaseOrder, String deliveryNote,
                    long at) {
        return Posting.receipt(lotIds[lot], itemId(lot), quantity(lot, amount), quantity(lot, amount), to, supplier,
                new References(purchaseOrder, null, null, null, deliveryNote), Instant.ofEpochSecond(at));
    }

    Posting transfer(int lot, long amount, PlaceIds from, PlaceIds to, long at) {
        return Posting.transfer(lotIds[lot], itemId(lot), quantity(lot, amount), quantity(lot, amount), from, to,
                Instant.ofEpochSecond(at));
    }

    Posting issue(int lot, long amount, PlaceIds from, String order, String reason, long at) {
        return Posting.issue(lotIds[lot], itemId(lot), quantity(lot, amount), quantity(lot, amount), from, order,
                Instant.ofEpochSecond(at)).withReason(reason);
    }

    Posting output(int lot, long amount, PlaceIds to, String order, String reason, long at) {
        return Posting.output(lotIds[lot], itemId(lot), quantity(lot, amount), quantity(lot, amount), to, order,
                Instant.ofEpochSecond(at)).withReason(reason);
    }

    Posting shipment(int lot, long amount, PlaceIds from, long customer, References references, long at) {
        return Posting.shipment(lotIds[lot], itemId(lot), quantity(lot, amount), quantity(lot, amount), from,
                customer, references, Instant.ofEpochSecond(at));
    }

    Posting scrap(int lot, long amount, PlaceIds from, String reason, long at) {
        return Posting.scrap(lotIds[lot], itemId(lot), quantity(lot, amount), quantity(lot, amount), from,
                Instant.ofEpochSecond(at)).withReason(reason);
    }

    /** A count at a place: {@code difference} is what was found less what the books said (0 confirms them). */
    Posting count(int lot, long difference, PlaceIds at, long when) {
        return Posting.count(lotIds[lot], itemId(lot), at, amount(difference), units[itemOfLot[lot]],
                Instant.ofEpochSecond(when));
    }

    String unit(int lot) {
        return units[itemOfLot[lot]].code();
    }

    private long itemId(int lot) {
        return itemIds[itemOfLot[lot]];
    }

    private Quantity quantity(int lot, long amount) {
        return new Quantity(amount(amount), units[itemOfLot[lot]]);
    }
}
