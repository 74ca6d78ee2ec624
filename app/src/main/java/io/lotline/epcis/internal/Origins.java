package io.lotline.epcis.internal;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.epcis.PartnerTrace;
import io.lotline.lots.Lot;
import io.lotline.lots.Lots;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Unknown;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Follows a lot back through the transformations captured events describe, partners' as ours, to lots nothing was
 * made from: the origins. A Lotline lot is known to events by its own number and by its supplier's lot code.
 */
@Component
class Origins {
    private final EventLots eventLots;
    private final KnownIdentifiers known;
    private final Lots lots;
    private final Catalog catalog;
    private final CriticalEvents critical;

    Origins(EventLots eventLots, KnownIdentifiers known, Lots lots, Catalog catalog, CriticalEvents critical) {
        this.critical = critical;
        this.eventLots = eventLots;
        this.known = known;
        this.lots = lots;
        this.catalog = catalog;
    }

    PartnerTrace of(String lotNumber, String epcClass) {
        List<Gs1Keys.LotClass> start = start(lotNumber, epcClass);
        Map<String, PartnerTrace.TracedLot> traced = new LinkedHashMap<>();
        Deque<Step> queue = new ArrayDeque<>();
        start.forEach(lot -> queue.add(new Step(lot, 0)));
        List<Gs1Keys.LotClass> all = new ArrayList<>();
        while (!queue.isEmpty()) {
            Step step = queue.poll();
            String name = PartnerTrace.TracedLot.name(step.lot().gtin().value(), step.lot().lot());
            if (traced.containsKey(name)) {
                continue;
            }
            List<Gs1Keys.LotClass> inputs = eventLots.madeFrom(step.lot());
            traced.put(name, new PartnerTrace.TracedLot(step.lot().gtin().value(), step.lot().lot(), step.depth(),
                    inputs.stream().map(in -> PartnerTrace.TracedLot.name(in.gtin().value(), in.lot())).toList()));
            all.add(step.lot());
            inputs.forEach(input -> queue.add(new Step(input, step.depth() + 1)));
        }
        List<EventLots.NamingEvent> naming = eventLots.naming(all);
        List<PartnerTrace.TracedEvent> events = naming.stream().map(event -> new PartnerTrace.TracedEvent(
                event.key(), event.type(), event.bizStep(), event.eventTime(), event.bizLocation(),
                event.readPoint(), ours(event), event.lots())).toList();
        return new PartnerTrace(List.copyOf(traced.values()), events, eventLots.custody(naming), critical.of(all));
    }

    private boolean ours(EventLots.NamingEvent event) {
        return known.site(event.bizLocation() != null ? event.bizLocation() : event.readPoint()).isPresent();
    }

    private List<Gs1Keys.LotClass> start(String lotNumber, String epcClass) {
        if (epcClass != null) {
            return List.of(Gs1Keys.lotClass(epcClass).orElseThrow(() -> new InvalidInput("epcClass", epcClass,
                    "lgtin", "An EPC class of a lot: urn:epc:class:lgtin:… or a GS1 Digital Link with /01/…/10/…")));
        }
        if (lotNumber == null) {
            throw new InvalidInput("lot", null, "required", "Name a lot (lot) or an EPC class (epcClass)");
        }
        Lot lot = lots.lotWithNumber(lotNumber).orElseThrow(() -> new Unknown("lot", "lot", lotNumber));
        Item item = catalog.item(lot.sku());
        if (item.gtin() == null) {
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        codes.add(lot.number().value());
        if (lot.supplierLot() != null) {
            codes.add(lot.supplierLot());
        }
        return codes.stream().map(code -> new Gs1Keys.LotClass(item.gtin(), code)).toList();
    }

    private record Step(Gs1Keys.LotClass lot, int depth) {
    }
}
