package io.lotline.pallets.internal;

import io.lotline.shared.Refused;
import java.util.List;
import java.util.Optional;

/**
 * What may be packed onto a pallet. A pallet never goes into itself or into a pallet packed inside it; a pallet
 * that carries nothing, or whose goods were shipped, is not packed; a pallet already packed elsewhere is unpacked
 * there first; pallets packed together stand at one location.
 */
final class PackingRules {
    private PackingRules() {
    }

    /** A child of the pallet, as the rules see it. */
    record Candidate(String field, String code, long id, boolean empty, boolean shipped, Optional<String> packedOn,
                     List<String> locations) {
    }

    static void check(String pallet, long palletId, List<Long> palletAncestors, List<String> palletLocations,
                      boolean palletShipped, Candidate child) {
        if (child.id() == palletId || palletAncestors.contains(child.id())) {
            throw new Refused(child.field(), child.code(), "pallet-cycle", "Pallet " + child.code()
                    + (child.id() == palletId ? " cannot be packed into itself" : " carries pallet " + pallet
                    + ", so it cannot be packed onto it"));
        }
        if (palletShipped) {
            throw new Refused("pallet", pallet, "pallet-shipped",
                    "Pallet " + pallet + " was shipped; nothing more is packed onto it");
        }
        if (child.shipped() && child.empty()) {
            throw new Refused(child.field(), child.code(), "pallet-shipped",
                    "Pallet " + child.code() + " was shipped and is no longer here to be packed");
        }
        if (child.empty()) {
            throw new Refused(child.field(), child.code(), "pallet-empty",
                    "Pallet " + child.code() + " carries nothing; an empty pallet is not packed");
        }
        if (child.packedOn().isPresent()) {
            throw new Refused(child.field(), child.code(), "pallet-already-packed", "Pallet " + child.code()
                    + " is packed on pallet " + child.packedOn().get() + "; unpack it there first");
        }
        List<String> all = java.util.stream.Stream.concat(palletLocations.stream(), child.locations().stream())
                .distinct().toList();
        if (all.size() > 1) {
            throw new Refused(child.field(), child.code(), "pallets-at-one-location", "Pallet " + child.code()
                    + " stands at " + String.join(", ", child.locations()) + " and pallet " + pallet + " at "
                    + String.join(", ", palletLocations) + "; pallets packed together stand at one location");
        }
    }
}
