package io.lotline.ledger;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of the audit chain as it is hashed: the canonical fields in hashing order (the text each is hashed as,
 * null where the field is empty), which end with the previous entry's hash, and the entry's own stored hash.
 */
public record ChainLink(long seq, long lotId, Map<String, String> fields, String hash) {
    public ChainLink {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public String prevHash() {
        return fields.get("prev");
    }
}
