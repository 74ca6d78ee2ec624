package io.lotline.ledger;

import io.lotline.shared.Quantity;
import io.lotline.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An entry about to be appended, with every reference already resolved to its id. Capabilities that book stock
 * (receiving, production, picking) build postings through the factories that name what happened on the floor; the
 * ledger checks and appends them. A posting with a {@code from} place takes stock from there, one with a {@code to}
 * place puts stock there. A status change a recall asks for (its block, or its disposition's release) names the
 * recall ({@code recall}), so that the ledger can ask again, under the item's lock, whether that recall may change
 * the lot; the entry itself says only that a recall asked (its reason code).
 */
public record Posting(EntryType type, long lotId, long itemId, Quantity quantity, Quantity baseQuantity,
                      PlaceIds from, PlaceIds to, Long partyId, References references, String reasonCode,
                      String note, AttributeChange change, Long correctsEntryId, Instant occurredAt,
                      List<String> serials, String recall) {
    public Posting {
        references = references == null ? References.NONE : references;
        serials = serials == null ? List.of() : List.copyOf(serials);
    }

    /** Goods arriving from a supplier at a place. */
    public static Posting receipt(long lotId, long itemId, Quantity quantity, Quantity base, PlaceIds to,
                                  Long supplierId, References references, Instant occurredAt) {
        return moving(EntryType.RECEIPT, lotId, itemId, quantity, base, null, to, supplierId, references, occurredAt);
    }

    /** Stock moving from one place to another. */
    public static Posting transfer(long lotId, long itemId, Quantity quantity, Quantity base, PlaceIds from,
                                   PlaceIds to, Instant occurredAt) {
        return moving(EntryType.TRANSFER, lotId, itemId, quantity, base, from, to, null, null, occurredAt);
    }

    /** Stock taken from a place into a production order. */
    public static Posting issue(long lotId, long itemId, Quantity quantity, Quantity base, PlaceIds from,
                                String productionOrder, Instant occurredAt) {
        return moving(EntryType.ISSUE, lotId, itemId, quantity, base, from, null, null, ofOrder(productionOrder),
                occurredAt);
    }

    /** What a production order made, put at a place. */
    public static Posting output(long lotId, long itemId, Quantity quantity, Quantity base, PlaceIds to,
                                 String productionOrder, Instant occurredAt) {
        return moving(EntryType.OUTPUT, lotId, itemId, quantity, base, null, to, null, ofOrder(productionOrder),
                occurredAt);
    }

    /** Stock leaving a place for a customer. */
    public static Posting shipment(long lotId, long itemId, Quantity quantity, Quantity base, PlaceIds from,
                                   Long customerId, References references, Instant occurredAt) {
        return moving(EntryType.SHIPMENT, lotId, itemId, quantity, base, from, null, customerId, references,
                occurredAt);
    }

    /** Stock a customer sends back, put at a place. */
    public static Posting customerReturn(long lotId, long itemId, Quantity quantity, Quantity base, PlaceIds to,
                                         Long customerId, References references, Instant occurredAt) {
        return moving(EntryType.RETURN, lotId, itemId, quantity, base, null, to, customerId, references, occurredAt);
    }

    /** Stock destroyed at a place. */
    public static Posting scrap(long lotId, long itemId, Quantity quantity, Quantity base, PlaceIds from,
                                Instant occurredAt) {
        return moving(EntryType.SCRAP, lotId, itemId, quantity, base, from, null, null, null, occurredAt);
    }

    /**
     * A count at a place: {@code difference} is what was found less what the books said, in the base unit. Less
     * takes stock from the place, more puts stock there, none confirms the books and moves nothing.
     */
    public static Posting count(long lotId, long itemId, PlaceIds at, BigDecimal difference, UnitOfMeasure unit,
                                Instant occurredAt) {
        Quantity delta = new Quantity(difference.abs(), unit);
        return new Posting(EntryType.COUNT_ADJUSTMENT, lotId, itemId, delta, delta, difference.signum() < 0 ? at : null,
                difference.signum() > 0 ? at : null, null, null,
                difference.signum() == 0 ? "COUNT_CONFIRMED" : "COUNT_DIFFERENCE", null, null, null, occurredAt, null,
                null);
    }

    /** Quality changing a lot's status; nothing moves. */
    public static Posting statusChange(long lotId, long itemId, String fromStatus, String toStatus,
                                       Instant occurredAt) {
        return new Posting(EntryType.STATUS_CHANGE, lotId, itemId, null, null, null, null, null, null, null, null,
                new AttributeChange("STATUS", fromStatus, toStatus), null, occurredAt, null, null);
    }

    /**
     * A hold placed in error withdrawn: the lot goes back to the status it had before the hold, the entry naming the
     * hold it corrects, so that a hold is withdrawn once and only while no decision followed it (ADR 60).
     */
    public static Posting holdWithdrawal(long holdEntryId, long lotId, long itemId, String toStatus, String reason,
                                         Instant occurredAt) {
        return new Posting(EntryType.STATUS_CHANGE, lotId, itemId, null, null, null, null, null, null,
                "HOLD_WITHDRAWN", reason, new AttributeChange("STATUS", "ON_HOLD", toStatus), holdEntryId, occurredAt,
                null, null);
    }

    /** A lot attribute corrected, for the reason given; nothing moves. */
    public static Posting attributeCorrection(long lotId, long itemId, AttributeChange change, String reason,
                                              Instant occurredAt) {
        return new Posting(EntryType.CORRECTION, lotId, itemId, null, null, null, null, null, null, "ATTRIBUTE",
                reason, change, null, occurredAt, null, null);
    }

    /**
     * The reversal of an earlier entry, for the reason given: the same quantity moving back, taken from where the
     * original put it ({@code from}) and put where it took it from ({@code to}).
     */
    public static Posting reversal(long reversedEntryId, long lotId, long itemId, Quantity quantity, Quantity base,
                                   PlaceIds from, PlaceIds to, Long partyId, References references, String reason,
                                   Instant occurredAt) {
        return new Posting(EntryType.CORRECTION, lotId, itemId, quantity, base, from, to, partyId, references,
                "REVERSAL", reason, null, reversedEntryId, occurredAt, null, null);
    }

    /** The same posting with the reason code the floor or quality gave. */
    public Posting withReason(String code) {
        return new Posting(type, lotId, itemId, quantity, baseQuantity, from, to, partyId, references, code, note,
                change, correctsEntryId, occurredAt, serials, recall);
    }

    /** The same posting with a note for the reader of the ledger. */
    public Posting withNote(String text) {
        return new Posting(type, lotId, itemId, quantity, baseQuantity, from, to, partyId, references, reasonCode,
                text, change, correctsEntryId, occurredAt, serials, recall);
    }

    /** The same status change, asked for by the recall {@code code}. */
    public Posting forRecall(String code) {
        return new Posting(type, lotId, itemId, quantity, baseQuantity, from, to, partyId, references, reasonCode,
                note, change, correctsEntryId, occurredAt, serials, code);
    }

    /** The same status change from the status the lot has when it is booked. */
    public Posting fromStatus(String status) {
        return new Posting(type, lotId, itemId, quantity, baseQuantity, from, to, partyId, references, reasonCode,
                note, new AttributeChange(change.attribute(), status, change.newValue()), correctsEntryId, occurredAt,
                serials, recall);
    }

    /** The same posting naming the serial numbers of the units it moves. */
    public Posting withSerials(List<String> units) {
        return new Posting(type, lotId, itemId, quantity, baseQuantity, from, to, partyId, references, reasonCode,
                note, change, correctsEntryId, occurredAt, units, recall);
    }

    private static Posting moving(EntryType type, long lotId, long itemId, Quantity quantity, Quantity base,
                                  PlaceIds from, PlaceIds to, Long partyId, References references,
                                  Instant occurredAt) {
        return new Posting(type, lotId, itemId, quantity, base, from, to, partyId, references, null, null, null, null,
                occurredAt, null, null);
    }

    private static References ofOrder(String productionOrder) {
        return new References(null, null, null, productionOrder, null);
    }

    /** A location id and a container id (0 for stock not on a pallet). */
    public record PlaceIds(long locationId, long containerId) {
    }
}
