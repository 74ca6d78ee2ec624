package io.lotline.bench.internal;

import io.lotline.ledger.EntryType;
import io.lotline.ledger.Posting;
import io.lotline.ledger.Posting.PlaceIds;
import io.lotline.ledger.References;
import io.lotline.shared.Quantity;
import io.lotline.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

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
        return posting(EntryType.RECEIPT, lot, amount, null, to, supplier,
                new References(purchaseOrder, null, null, null, deliveryNote), null, at);
    }

    Posting transfer(int lot, long amount, PlaceIds from, PlaceIds to, long at) {
        return posting(EntryType.TRANSFER, lot, amount, from, to, null, References.NONE, null, at);
    }

    Posting issue(int lot, long amount, PlaceIds from, String order, String reason, long at) {
        return posting(EntryType.ISSUE, lot, amount, from, null, null, new References(null, null, null, order, null),
                reason, at);
    }

    Posting output(int lot, long amount, PlaceIds to, String order, String reason, long at) {
        return posting(EntryType.OUTPUT, lot, amount, null, to, null, new References(null, null, null, order, null),
                reason, at);
    }

    Posting shipment(int lot, long amount, PlaceIds from, long customer, References references, long at) {
        return posting(EntryType.SHIPMENT, lot, amount, from, null, customer, references, null, at);
    }

    Posting scrap(int lot, long amount, PlaceIds from, String reason, long at) {
        return posting(EntryType.SCRAP, lot, amount, from, null, null, References.NONE, reason, at);
    }

    /** A count: what was found at the place minus what the books said ({@code from} less, {@code to} more, or none). */
    Posting count(int lot, long difference, PlaceIds from, PlaceIds to, long at) {
        return posting(EntryType.COUNT_ADJUSTMENT, lot, difference, from, to, null, References.NONE,
                difference == 0 ? "COUNT_CONFIRMED" : "COUNT_DIFFERENCE", at);
    }

    String unit(int lot) {
        return units[itemOfLot[lot]].code();
    }

    private Posting posting(EntryType type, int lot, long amount, PlaceIds from, PlaceIds to, Long party,
                            References references, String reason, long at) {
        Quantity quantity = new Quantity(amount(amount), units[itemOfLot[lot]]);
        return new Posting(type, lotIds[lot], itemIds[itemOfLot[lot]], quantity, quantity, from, to, party,
                references, reason, null, null, null, Instant.ofEpochSecond(at), List.of());
    }
}
