package io.lotline.production.internal;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.identity.CurrentActor;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Posting;
import io.lotline.lots.Lot;
import io.lotline.lots.LotStatus;
import io.lotline.lots.Lots;
import io.lotline.production.ProducedLots;
import io.lotline.production.ProductionCommands.Input;
import io.lotline.production.ProductionCommands.MergeLots;
import io.lotline.production.ProductionCommands.Part;
import io.lotline.production.ProductionCommands.SplitLot;
import io.lotline.shared.LotlineException;
import io.lotline.shared.Quantity;
import io.lotline.shared.Refused;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Splits and merges keep the genealogy. A split part is the same material: it keeps the item, dates, supplier lot and
 * status of its source, whatever that status is. A merge blends released lots of one item; the new lot expires with
 * the earliest of them.
 */
@Component
class SplitsAndMerges {
    private final Orders orders;
    private final LotMaking making;
    private final Catalog catalog;
    private final Lots lots;
    private final CurrentActor actor;
    private final Clock clock;

    SplitsAndMerges(Orders orders, LotMaking making, Catalog catalog, Lots lots, CurrentActor actor, Clock clock) {
        this.orders = orders;
        this.making = making;
        this.catalog = catalog;
        this.lots = lots;
        this.actor = actor;
        this.clock = clock;
    }

    ProducedLots split(BookingContext context, SplitLot c) {
        Lot source = lots.lot(c.lotNumber());
        Item item = catalog.item(source.itemId());
        String order = record("SPLIT", item);
        Quantity total = new Quantity(BigDecimal.ZERO, item.baseUnit());
        List<Posting> outputs = new ArrayList<>();
        for (int i = 0; i < c.parts().size(); i++) {
            Part part = c.parts().get(i);
            try {
                total = total.plus(item.toBase(part.quantity(), "quantity.unit"));
                outputs.add(making.output(new LotMaking.NewOutput(item, part.quantity(), part.to(), part.lotNumber(),
                        source.productionDate(), source.expiryDate(), source.status(), source.supplierLot(),
                        source.supplierId(), null, null, List.of(), source.attributes(), null,
                        source.batchPolicyId()), order, "SPLIT", context));
            } catch (LotlineException refused) {
                throw refused.within("parts[" + i + "]");
            }
        }
        List<Posting> postings = new ArrayList<>();
        postings.add(making.issue(new Input(source.number().value(), total, c.from(), List.of()), order, "SPLIT",
                context, "from"));
        postings.addAll(outputs);
        return making.produced(order, making.bookAndLink(order, postings, LotMaking.created(outputs),
                LotMaking.Mixing.BATCH));
    }

    ProducedLots merge(BookingContext context, MergeLots c) {
        List<Lot> inputs = new ArrayList<>();
        for (int i = 0; i < c.inputs().size(); i++) {
            try {
                inputs.add(lots.lot(c.inputs().get(i).lotNumber()));
            } catch (LotlineException refused) {
                throw refused.within("inputs[" + i + "]");
            }
        }
        Item item = catalog.item(inputs.get(0).itemId());
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i).itemId() != item.id()) {
                throw new Refused("inputs[" + i + "].lotNumber", inputs.get(i).number().value(), "merge-same-item",
                        "A merge blends lots of one item; " + inputs.get(i).number() + " is " + inputs.get(i).sku()
                                + ", not " + item.sku());
            }
        }
        String order = record("MERGE", item);
        List<Posting> postings = new ArrayList<>();
        Quantity total = new Quantity(BigDecimal.ZERO, item.baseUnit());
        for (int i = 0; i < c.inputs().size(); i++) {
            Posting issue = making.issue(c.inputs().get(i), order, "MERGE", context, "inputs[" + i + "]");
            total = total.plus(issue.baseQuantity());
            postings.add(issue);
        }
        Posting output = c.intoLot() == null ? newBlend(item, inputs, total, c, order, context)
                : intoExisting(item, total, c, order, context);
        postings.add(output);
        return c.intoLot() == null
                ? making.produced(order, making.bookAndLink(order, postings, LotMaking.created(List.of(output)),
                        LotMaking.Mixing.BATCH))
                : making.produced(order, making.bookAndLink(order, postings, Set.of(), LotMaking.Mixing.POURED_IN));
    }

    private Posting newBlend(Item item, List<Lot> inputs, Quantity total, MergeLots c, String order,
                             BookingContext context) {
        LocalDate expiry = inputs.stream().map(Lot::expiryDate).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        LocalDate produced = inputs.stream().map(Lot::productionDate).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        Long policy = inputs.stream().map(Lot::batchPolicyId).distinct().count() == 1
                ? inputs.get(0).batchPolicyId() : null;
        return making.output(new LotMaking.NewOutput(item, total, c.to(), null, produced, expiry, LotStatus.RELEASED,
                null, null, null, null, List.of(), policy == null ? Map.of() : shared(inputs), null, policy), order,
                "MERGE", context);
    }

    /** The attributes every input lot carries with the same value: what is still true of the blend. */
    private static Map<String, String> shared(List<Lot> inputs) {
        Map<String, String> shared = new HashMap<>(inputs.get(0).attributes());
        inputs.forEach(lot -> shared.entrySet().removeIf(a -> !a.getValue().equals(lot.attributes().get(a.getKey()))));
        return shared;
    }

    private Posting intoExisting(Item item, Quantity total, MergeLots c, String order, BookingContext context) {
        Lot target;
        try {
            target = lots.lot(c.intoLot());
        } catch (LotlineException refused) {
            throw refused.within("intoLot");
        }
        if (target.itemId() != item.id()) {
            throw new Refused("intoLot", c.intoLot(), "merge-same-item", "Lot " + c.intoLot() + " is "
                    + target.sku() + ", not " + item.sku());
        }
        return making.outputInto(target, item, total, c.to(), order, "MERGE", context, List.of());
    }

    /** Splits and merges are recorded as completed orders, so their entries and edges name a document. */
    private String record(String kind, Item item) {
        String code = kind + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        orders.insert(code, kind, item.id(), null, null, null, "COMPLETED", clock.instant(),
                actor.current().username(), false);
        return code;
    }
}
