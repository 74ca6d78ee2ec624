package io.lotline.catalog;

import java.time.Instant;
import java.util.List;

/**
 * One change of an item, a location or a party: who changed it, when, and each field's value before and after. The
 * record is kept for good, so an auditor can tell what a label or a recall notice showed at any time.
 */
public record MasterDataChange(long revision, Kind kind, String code, Instant changedAt, String changedBy,
                               List<FieldChange> fields) {

    public MasterDataChange {
        fields = List.copyOf(fields);
    }

    public enum Kind { ITEM, LOCATION, PARTY }

    /** A field's value before and after the change, as text; null where it had none. */
    public record FieldChange(String field, String before, String after) {
    }
}
