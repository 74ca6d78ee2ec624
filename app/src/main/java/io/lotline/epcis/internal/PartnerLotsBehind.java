package io.lotline.epcis.internal;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.genealogy.PartnerOrigins;
import io.lotline.genealogy.Trace;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The partners' side of a reverse trace: behind each Lotline lot (known to partners by its number or its supplier's
 * lot code under the item's GTIN), the lots captured transformations made it from, breadth first, each lot once,
 * leaving out Lotline's own lots of the trace; and the events at partners' places that name any of these lots.
 */
@Component
class PartnerLotsBehind implements PartnerOrigins {
    private final EventLots eventLots;
    private final KnownIdentifiers known;
    private final Catalog catalog;

    PartnerLotsBehind(EventLots eventLots, KnownIdentifiers known, Catalog catalog) {
        this.eventLots = eventLots;
        this.known = known;
        this.catalog = catalog;
    }

    @Override
    public Found behind(List<Trace.Node> lots, Integer maxDepth) {
        Map<String, Own> own = ownClasses(lots);
        List<Gs1Keys.LotClass> named = own.isEmpty() ? List.of()
                : eventLots.named(own.values().stream().map(Own::lot).toList());
        if (named.isEmpty()) {
            return Found.NONE;
        }
        Map<String, Trace.PartnerLot> found = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>(own.keySet());
        Deque<Step> queue = new ArrayDeque<>();
        named.forEach(lot -> {
            Trace.Node node = own.get(name(lot)).node();
            queue.add(new Step(lot, node.depth(), node.lotNumber()));
        });
        List<Gs1Keys.LotClass> all = new ArrayList<>(named);
        while (!queue.isEmpty()) {
            Step step = queue.poll();
            List<Gs1Keys.LotClass> inputs = eventLots.madeFrom(step.lot());
            if (!own.containsKey(name(step.lot()))) {
                found.put(name(step.lot()), new Trace.PartnerLot(step.lot().gtin().value(), step.lot().lot(),
                        step.depth(), step.reachedFrom(), inputs.stream().map(PartnerLotsBehind::name).toList()));
                all.add(step.lot());
            }
            if (maxDepth == null || step.depth() < maxDepth) {
                inputs.stream().filter(input -> seen.add(name(input)))
                        .forEach(input -> queue.add(new Step(input, step.depth() + 1, step.reachedFrom())));
            }
        }
        List<Trace.PartnerEvent> events = eventLots.naming(all).stream().filter(event -> !ours(event))
                .map(event -> new Trace.PartnerEvent(event.key(), event.type(), event.bizStep(),
                        event.eventTime().toInstant(), event.bizLocation(), event.readPoint(), event.lots()))
                .toList();
        return new Found(List.copyOf(found.values()), events);
    }

    /** Each Lotline lot of the trace under the names partners give it: its number and its supplier's lot code. */
    private Map<String, Own> ownClasses(List<Trace.Node> lots) {
        Map<String, Optional<Item>> items = new HashMap<>();
        Map<String, Own> own = new LinkedHashMap<>();
        for (Trace.Node node : lots) {
            Optional<Item> item = items.computeIfAbsent(node.sku(), catalog::itemWithSku);
            if (item.isEmpty() || item.get().gtin() == null) {
                continue;
            }
            for (String code : node.supplierLot() == null ? List.of(node.lotNumber())
                    : List.of(node.lotNumber(), node.supplierLot())) {
                Gs1Keys.LotClass lot = new Gs1Keys.LotClass(item.get().gtin(), code);
                own.putIfAbsent(name(lot), new Own(lot, node));
            }
        }
        return own;
    }

    private boolean ours(EventLots.NamingEvent event) {
        return known.site(event.bizLocation() != null ? event.bizLocation() : event.readPoint()).isPresent();
    }

    private static String name(Gs1Keys.LotClass lot) {
        return lot.gtin().value() + "/" + lot.lot();
    }

    private record Own(Gs1Keys.LotClass lot, Trace.Node node) {
    }

    private record Step(Gs1Keys.LotClass lot, int depth, String reachedFrom) {
    }
}
