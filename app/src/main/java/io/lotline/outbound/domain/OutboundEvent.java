package io.lotline.outbound.domain;

import io.lotline.ledger.Entry;
import io.lotline.ledger.EntryType;
import io.lotline.outbound.OutboundEventType;
import java.util.Map;

/**
 * What a booked entry tells the outside world: its kind, the CBV business step a partner's EPCIS system would give
 * it, the item and the lot. A status change is its own kind, and one to RECALLED is a recall.
 */
public record OutboundEvent(OutboundEventType type, String bizStep, String sku, String lotNumber, Entry entry) {
    private static final Map<EntryType, String> BIZ_STEPS = Map.of(EntryType.RECEIPT, "receiving",
            EntryType.TRANSFER, "storing", EntryType.ISSUE, "commissioning", EntryType.OUTPUT, "commissioning",
            EntryType.SHIPMENT, "shipping", EntryType.RETURN, "receiving", EntryType.SCRAP, "destroying",
            EntryType.COUNT_ADJUSTMENT, "cycle_counting", EntryType.CORRECTION, "other");

    public static OutboundEvent of(Entry entry) {
        if (entry.type() == EntryType.STATUS_CHANGE) {
            String to = entry.change() == null ? null : entry.change().newValue();
            boolean recalled = "RECALLED".equals(to);
            String step = "ON_HOLD".equals(to) || "QUARANTINE".equals(to) || recalled ? "holding" : "inspecting";
            return new OutboundEvent(recalled ? OutboundEventType.LOT_RECALLED : OutboundEventType.LOT_STATUS_CHANGED,
                    step, entry.sku(), entry.lotNumber(), entry);
        }
        return new OutboundEvent(OutboundEventType.ENTRY_BOOKED, BIZ_STEPS.getOrDefault(entry.type(), "other"),
                entry.sku(), entry.lotNumber(), entry);
    }
}
