package io.lotline.pallets;

import java.time.Instant;
import java.util.List;

/** A recorded packing or unpacking: which pallets went onto (or came off) which, who said so, and when. */
public record Packing(String pallet, Action action, List<String> children, String actor, Instant occurredAt) {
    public Packing {
        children = List.copyOf(children);
    }

    public enum Action { PACK, UNPACK }
}
