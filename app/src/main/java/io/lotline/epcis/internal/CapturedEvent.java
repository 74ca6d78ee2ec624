package io.lotline.epcis.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * One event of a captured document, with the fields the query interface filters on drawn out of it. The key is its
 * event id, or its CBV 2.0 event hash ({@link EventHash}) where it carries none; the same event id with another
 * content hash is a different event claiming the same id, while the same event hash is the same event again. An
 * event read as JSON-LD carries the tree it was read as, so that its checks and its capture need not read its JSON
 * again; nothing changes that tree.
 */
record CapturedEvent(int index, String type, String eventId, String contentHash, String eventHash,
                     OffsetDateTime eventTime,
                     String eventTimeZoneOffset, String action, String bizStep, String disposition, String readPoint,
                     String bizLocation, String transformationId, List<Identifier> identifiers, String json,
                     String original, JsonNode tree) {
    /** The key events without an id were captured under before they were keyed by their event hash. */
    static final String HASH_KEY_PREFIX = "sha-256:";

    CapturedEvent {
        identifiers = List.copyOf(identifiers);
        bizStep = Cbv.bare(bizStep);
        disposition = Cbv.bare(disposition);
    }

    String key() {
        return eventId != null ? eventId : eventHash;
    }

    /** The key an event without an id had before event hashes; a resend of it is still the same event. */
    String formerKey() {
        return HASH_KEY_PREFIX + contentHash;
    }

    /** The event's JSON-LD as a tree: the one it was read as, else read from its JSON. */
    JsonNode body(Function<String, JsonNode> read) {
        return tree != null ? tree : read.apply(json);
    }

    /** The text as it came where it is other than the JSON-LD (the canonical XML of an XML event), else null. */
    String originalIfOther() {
        return original.equals(json) ? null : original;
    }

    /**
     * An identifier the event names, in its role: an instance observed ({@code EPC}: epcList, childEPCs), consumed
     * ({@code INPUT}), made ({@code OUTPUT}), a parent (pallet, case) or a class (any quantity list).
     */
    record Identifier(String value, String kind) {
        private static final Map<String, String> LISTS = Map.of("epcList", "EPC", "childEPCs", "EPC",
                "inputEPCList", "INPUT", "outputEPCList", "OUTPUT");
        private static final List<String> QUANTITY_LISTS = List.of("quantityList", "childQuantityList",
                "inputQuantityList", "outputQuantityList");

        /** Every identifier of an event in its JSON-LD form. */
        static List<Identifier> of(JsonNode event) {
            List<Identifier> identifiers = new ArrayList<>();
            if (event.path("parentID").isString()) {
                identifiers.add(new Identifier(event.path("parentID").asString(), "PARENT"));
            }
            LISTS.forEach((list, kind) -> event.path(list).forEach(epc ->
                    identifiers.add(new Identifier(epc.asString(), kind))));
            QUANTITY_LISTS.forEach(list -> event.path(list).forEach(quantity ->
                    identifiers.add(new Identifier(quantity.path("epcClass").asString(), "CLASS"))));
            return identifiers;
        }
    }
}
