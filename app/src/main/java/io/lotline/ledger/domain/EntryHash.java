package io.lotline.ledger.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

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
        canonicalFields(e).forEach((name, text) -> {
            canonical.append(name).append(':');
            if (text == null) {
                canonical.append("-;");
            } else {
                canonical.append(text.length()).append(':').append(text).append(';');
            }
        });
        return sha256(canonical.toString());
    }

    /** The fields an entry is hashed over, in hashing order, each as the text that is hashed (null stays null). */
    public static Map<String, String> canonicalFields(ChainedEntry e) {
        Map<String, String> fields = new LinkedHashMap<>();
        field(fields, "seq", e.seq());
        field(fields, "command", e.commandId());
        field(fields, "type", e.type());
        field(fields, "lot", e.lotId());
        field(fields, "item", e.itemId());
        field(fields, "quantity", e.quantity());
        field(fields, "unit", e.unit());
        field(fields, "baseQuantity", e.baseQuantity());
        field(fields, "fromLocation", e.fromLocationId());
        field(fields, "fromContainer", e.fromContainerId());
        field(fields, "toLocation", e.toLocationId());
        field(fields, "toContainer", e.toContainerId());
        field(fields, "party", e.partyId());
        field(fields, "purchaseOrder", e.purchaseOrder());
        field(fields, "customerOrder", e.customerOrder());
        field(fields, "shipment", e.shipment());
        field(fields, "productionOrder", e.productionOrder());
        field(fields, "deliveryNote", e.deliveryNote());
        field(fields, "reason", e.reasonCode());
        field(fields, "note", e.note());
        field(fields, "attribute", e.attribute());
        field(fields, "old", e.oldValue());
        field(fields, "new", e.newValue());
        field(fields, "corrects", e.correctsEntryId());
        field(fields, "serials", e.serials());
        field(fields, "actor", e.actor());
        field(fields, "occurredAt", e.occurredAt());
        field(fields, "recordedAt", e.recordedAt());
        field(fields, "prev", e.prevHash());
        return fields;
    }

    /** Times are stored to the microsecond; an entry is hashed as it will read back. */
    public static Instant storable(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    private static void field(Map<String, String> out, String name, Object value) {
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
        out.put(name, text);
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
