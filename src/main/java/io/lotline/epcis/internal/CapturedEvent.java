package io.lotline.epcis.internal;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One event of a captured document, with the fields the query interface filters on drawn out of it. The key is its
 * event id, or the SHA-256 of its content where it carries none; the same key with another content hash is a
 * different event claiming the same id.
 */
record CapturedEvent(int index, String type, String eventId, String contentHash, OffsetDateTime eventTime,
                     String eventTimeZoneOffset, String action, String bizStep, String disposition, String readPoint,
                     String bizLocation, String transformationId, List<Identifier> identifiers, String json,
                     String original) {
    static final String HASH_KEY_PREFIX = "sha-256:";

    CapturedEvent {
        identifiers = List.copyOf(identifiers);
        bizStep = Cbv.bare(bizStep);
        disposition = Cbv.bare(disposition);
    }

    String key() {
        return eventId != null ? eventId : HASH_KEY_PREFIX + contentHash;
    }

    /** An instance (EPC), a parent (pallet, case) or a class (EPC class) the event names. */
    record Identifier(String value, String kind) {
        static Identifier instance(String value) {
            return new Identifier(value, "EPC");
        }

        static Identifier parent(String value) {
            return new Identifier(value, "PARENT");
        }

        static Identifier ofClass(String value) {
            return new Identifier(value, "CLASS");
        }
    }
}
