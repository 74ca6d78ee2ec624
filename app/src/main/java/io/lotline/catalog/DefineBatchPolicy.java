package io.lotline.catalog;

import io.lotline.shared.FreeText;
import io.lotline.shared.InvalidInput;
import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A new version of a batch policy, with the reason for the change. Tracking and picking strategy are what items
 * registered in the category afterwards get when they state none; an item's own policy names attributes only.
 */
public record DefineBatchPolicy(TrackingPolicy tracking, PickingStrategy pickingStrategy,
                                List<@Valid AttributeDefinition> attributes, @FreeText String reason) {
    public static final int MAX_ATTRIBUTES = 50;

    public DefineBatchPolicy {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", reason, "required", "Say why the batch policy changes");
        }
        if (reason.length() > 500) {
            throw new InvalidInput("reason", reason, "text-length", "A reason has at most 500 characters");
        }
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
        if (attributes.size() > MAX_ATTRIBUTES) {
            throw new InvalidInput("attributes", attributes.size(), "attribute-count",
                    "A batch policy names at most " + MAX_ATTRIBUTES + " attributes");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.get(i) == null) {
                throw new InvalidInput("attributes[" + i + "]", null, "required", "An attribute is described here");
            }
            if (!names.add(attributes.get(i).name())) {
                throw new InvalidInput("attributes[" + i + "].name", attributes.get(i).name(), "attribute-unique",
                        "Each attribute is named once");
            }
        }
    }
}
