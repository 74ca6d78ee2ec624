package io.lotline.epcis.internal;

import io.lotline.catalog.AttributeDefinition;
import io.lotline.catalog.BatchPolicies;
import io.lotline.catalog.Item;
import io.lotline.lots.Lot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Instance/lot master data (ILMD) in both directions. Captured: the values of the attributes an item's batch policy
 * names are taken from the event's ILMD, else from the latest captured event naming the lot with ILMD (the
 * supplier's commissioning), under any prefix ({@code ex:catchArea}). Answered: an event where lots are born (an
 * ObjectEvent that ADDs them, a transformation's outputs) carries what Lotline knows of the lots Lotline holds of
 * its classes (expiry and production date as corrected, and the attributes as {@code lotline:<name>}), beside what
 * the event said itself, which is never overwritten; several lots give only what they all share.
 */
@Component
class LotMasterData {
    static final String PREFIX = "lotline";
    static final String NAMESPACE = "urn:lotline:ilmd:";

    private final KnownIdentifiers known;
    private final CapturedEvents events;
    private final BatchPolicies policies;
    private final JsonMapper json = JsonMapper.builder().build();

    LotMasterData(KnownIdentifiers known, CapturedEvents events, BatchPolicies policies) {
        this.known = known;
        this.events = events;
        this.policies = policies;
    }

    /** The captured values of the attributes the item's current policy names, for a lot of {@code epcClass}. */
    Map<String, String> attributes(JsonNode body, String epcClass, Item item) {
        Optional<List<AttributeDefinition>> named = policies.current(item.id()).map(policy -> policy.attributes());
        if (named.isEmpty() || named.get().isEmpty()) {
            return Map.of();
        }
        List<JsonNode> sources = new ArrayList<>(List.of(body.path("ilmd")));
        events.latestNaming(epcClass, 20).stream().map(json::readTree).map(event -> event.path("ilmd"))
                .forEach(sources::add);
        Map<String, String> found = new TreeMap<>();
        for (AttributeDefinition attribute : named.get()) {
            sources.stream().map(ilmd -> value(ilmd, attribute.name())).flatMap(Optional::stream).findFirst()
                    .ifPresent(value -> found.put(attribute.name(), value));
        }
        return found;
    }

    /** Adds the lot master data of the lots the event gives birth to, where the event does not say it already. */
    void addTo(ObjectNode event) {
        List<Map<String, String>> each = born(event).stream().map(known::lot).flatMap(Optional::stream)
                .map(LotMasterData::ilmd).toList();
        if (each.isEmpty()) {
            return;
        }
        Map<String, String> shared = new TreeMap<>(each.get(0));
        each.forEach(lot -> shared.entrySet().retainAll(lot.entrySet()));
        ObjectNode ilmd = event.path("ilmd").isObject() ? (ObjectNode) event.get("ilmd") : json.createObjectNode();
        shared.forEach((key, value) -> {
            if (value(ilmd, key.substring(key.indexOf(':') + 1)).isEmpty()) {
                ilmd.put(key, value);
            }
        });
        if (!ilmd.isEmpty()) {
            event.set("ilmd", ilmd);
        }
    }

    /** The classes whose lots an event gives birth to: an ObjectEvent that ADDs them, a transformation's outputs. */
    private static List<String> born(JsonNode event) {
        String type = event.path("type").asString("");
        JsonNode classes = "TransformationEvent".equals(type) ? event.path("outputQuantityList")
                : "ObjectEvent".equals(type) && "ADD".equals(event.path("action").asString(""))
                ? event.path("quantityList") : MissingNode.getInstance();
        List<String> found = new ArrayList<>();
        classes.forEach(element -> found.add(element.path("epcClass").asString("")));
        return found;
    }

    private static Map<String, String> ilmd(Lot lot) {
        Map<String, String> ilmd = new TreeMap<>();
        if (lot.expiryDate() != null) {
            ilmd.put("cbvmda:itemExpirationDate", lot.expiryDate().toString());
        }
        if (lot.productionDate() != null) {
            ilmd.put("cbvmda:productionDate", lot.productionDate().toString());
        }
        lot.attributes().forEach((name, value) -> ilmd.put(PREFIX + ":" + name, value));
        return ilmd;
    }

    /** The ILMD value of the attribute of this name, whatever prefix or form its key has. */
    private static Optional<String> value(JsonNode ilmd, String name) {
        for (String key : ilmd.propertyNames()) {
            if (key.equals(name) || key.endsWith(":" + name) || key.endsWith("#" + name) || key.endsWith("/" + name)) {
                JsonNode value = ilmd.path(key);
                return value.isValueNode() && !value.isNull() ? Optional.of(value.asString()) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
