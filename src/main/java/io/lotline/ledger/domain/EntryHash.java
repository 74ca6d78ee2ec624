package io.lotline.ledger.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The audit chain: each entry's hash is SHA-256 over a canonical form of the entry and the hash of the entry before
 * it. Changing any stored value, or removing an entry, breaks every hash from there on.
 *
 * <p>The canonical form lists every field by name with its length, so no two different entries can read the
 * same: {@code seq:2:17;type:7:RECEIPT;...}. Decimals carry six places, times are UTC to the microsecond.
 */
public final class EntryHash {
    public static final String GENESIS = "0".repeat(64);

    private EntryHash() {
    }

    public static String of(ChainedEntry e) {
        StringBuilder canonical = new StringBuilder(512);
        field(canonical, "seq", e.seq());
        field(canonical, "command", e.commandId());
        field(canonical, "type", e.type());
        field(canonical, "lot", e.lotId());
        field(canonical, "item", e.itemId());
        field(canonical, "quantity", e.quantity());
        field(canonical, "unit", e.unit());
        field(canonical, "baseQuantity", e.baseQuantity());
        field(canonical, "fromLocation", e.fromLocationId());
        field(canonical, "fromContainer", e.fromContainerId());
        field(canonical, "toLocation", e.toLocationId());
        field(canonical, "toContainer", e.toContainerId());
        field(canonical, "party", e.partyId());
        field(canonical, "purchaseOrder", e.purchaseOrder());
        field(canonical, "customerOrder", e.customerOrder());
        field(canonical, "shipment", e.shipment());
        field(canonical, "productionOrder", e.productionOrder());
        field(canonical, "deliveryNote", e.deliveryNote());
        field(canonical, "reason", e.reasonCode());
        field(canonical, "note", e.note());
        field(canonical, "attribute", e.attribute());
        field(canonical, "old", e.oldValue());
        field(canonical, "new", e.newValue());
        field(canonical, "corrects", e.correctsEntryId());
        field(canonical, "serials", e.serials());
        field(canonical, "actor", e.actor());
        field(canonical, "occurredAt", e.occurredAt());
        field(canonical, "recordedAt", e.recordedAt());
        field(canonical, "prev", e.prevHash());
        return sha256(canonical.toString());
    }

    /** Times are stored to the microsecond; an entry is hashed as it will read back. */
    public static Instant storable(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    private static void field(StringBuilder out, String name, Object value) {
        String text;
        if (value == null) {
            text = null;
        } else if (value instanceof BigDecimal decimal) {
            text = decimal.setScale(6).toPlainString();
        } else if (value instanceof Instant instant) {
            text = storable(instant).toString();
        } else {
            text = value.toString();
        }
        out.append(name).append(':');
        if (text == null) {
            out.append("-;");
        } else {
            out.append(text.length()).append(':').append(text).append(';');
        }
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JDK provides SHA-256", impossible);
        }
    }
}
