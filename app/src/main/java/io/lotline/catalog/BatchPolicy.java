package io.lotline.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The batch policy of a category, or of one item that overrides its category's: how its lots are tracked and picked,
 * and which attributes a lot carries. Each change is a new version with who changed it, when and why; a lot keeps
 * the version it was born under, so a change never reaches lots that already exist.
 */
public record BatchPolicy(long id, String category, String item, int version, TrackingPolicy tracking,
                          PickingStrategy pickingStrategy, List<AttributeDefinition> attributes, Instant changedAt,
                          String changedBy, String reason) {
    public BatchPolicy {
        attributes = List.copyOf(attributes);
    }

    public Optional<AttributeDefinition> attribute(String name) {
        return attributes.stream().filter(attribute -> attribute.name().equals(name)).findFirst();
    }

    /**
     * The first rule that the attributes of a lot born at {@code stage} break: an attribute the policy does not name,
     * a required one missing, or a value its definition refuses. A lot made from other lots (a split, a blend) has no
     * stage: what it carries is checked, nothing is required.
     */
    public Optional<AttributeRejection> check(Map<String, String> values, CaptureStage stage) {
        Optional<AttributeRejection> unknown = unknownIn(values, attributes);
        if (unknown.isPresent()) {
            return unknown;
        }
        return rejections(values, stage).stream().findFirst();
    }

    /**
     * Every rule that the attributes of a lot born at {@code stage} break, as {@link #check} finds the first: each
     * attribute the policy does not name, then, by the policy's order, each required one missing and each value
     * refused.
     */
    public List<AttributeRejection> rejections(Map<String, String> values, CaptureStage stage) {
        List<AttributeRejection> rejections = new ArrayList<>(allUnknownIn(values, attributes));
        for (AttributeDefinition attribute : attributes) {
            String value = values.get(attribute.name());
            if (value == null && stage != null && attribute.requiredAt(stage)) {
                rejections.add(new AttributeRejection(attribute.name(), null, "required-at-" + stage.name()
                        .toLowerCase().replace('_', '-'), "A lot of this " + (item == null ? "category" : "item")
                        + " carries its " + attribute.name() + " from its " + stage.name().toLowerCase()
                        .replace('_', ' ')));
            }
            if (value != null) {
                attribute.check(value).ifPresent(rejections::add);
            }
        }
        return rejections;
    }

    /** The first attribute that no policy names, for lots whose item has no policy at all when {@code known} is empty. */
    public static Optional<AttributeRejection> unknownIn(Map<String, String> values,
                                                         List<AttributeDefinition> known) {
        return allUnknownIn(values, known).stream().findFirst();
    }

    /** Every attribute that no policy names, by name, as {@link #unknownIn} finds the first. */
    public static List<AttributeRejection> allUnknownIn(Map<String, String> values,
                                                        List<AttributeDefinition> known) {
        return values.keySet().stream().sorted()
                .filter(name -> known.stream().noneMatch(attribute -> attribute.name().equals(name)))
                .map(name -> new AttributeRejection(name, values.get(name), "attribute-in-policy",
                        known.isEmpty() ? "The item's batch policy names no lot attributes"
                                : "The batch policy names the attributes " + known.stream()
                                .map(AttributeDefinition::name).toList()))
                .toList();
    }
}
