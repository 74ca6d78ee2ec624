package io.lotline.production.internal;

import io.lotline.catalog.CaptureStage;
import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.identity.CurrentActor;
import io.lotline.ledger.Booking;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Entry;
import io.lotline.ledger.EntryType;
import io.lotline.ledger.Idempotency;
import io.lotline.ledger.Ledger;
import io.lotline.ledger.Movements;
import io.lotline.ledger.Posting;
import io.lotline.ledger.RecallRework;
import io.lotline.lots.Lot;
import io.lotline.lots.LotStatus;
import io.lotline.lots.Lots;
import io.lotline.production.ProducedLots;
import io.lotline.production.Production;
import io.lotline.production.ProductionCommands.BookOutput;
import io.lotline.production.ProductionCommands.ConsumeInputs;
import io.lotline.production.ProductionCommands.ItemRules;
import io.lotline.production.ProductionCommands.MergeLots;
import io.lotline.production.ProductionCommands.OpenProductionOrder;
import io.lotline.production.ProductionCommands.Output;
import io.lotline.production.ProductionCommands.SplitLot;
import io.lotline.production.ProductionOrder;
import io.lotline.shared.Conflict;
import io.lotline.shared.LotlineException;
import io.lotline.shared.Quantity;
import io.lotline.shared.Refused;
import io.lotline.shared.Unknown;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Production orders: open, consume, output, complete. Splits and merges are in {@link SplitsAndMerges}. */
@Service
@Transactional
class ProductionService implements Production {
    private final Orders orders;
    private final LotMaking making;
    private final SplitsAndMerges splitsAndMerges;
    private final Catalog catalog;
    private final Lots lots;
    private final Ledger ledger;
    private final Idempotency idempotency;
    private final CurrentActor actor;
    private final Clock clock;
    private final Optional<RecallRework> rework;

    ProductionService(Orders orders, LotMaking making, SplitsAndMerges splitsAndMerges, Catalog catalog, Lots lots,
                      Ledger ledger, Idempotency idempotency, CurrentActor actor, Clock clock,
                      Optional<RecallRework> rework) {
        this.orders = orders;
        this.making = making;
        this.splitsAndMerges = splitsAndMerges;
        this.catalog = catalog;
        this.lots = lots;
        this.ledger = ledger;
        this.idempotency = idempotency;
        this.actor = actor;
        this.clock = clock;
        this.rework = rework;
    }

    @Override
    public ProductionOrder open(BookingContext context, OpenProductionOrder c) {
        return once(context, "production-order", c, ProductionOrder.class, () -> {
            if (orders.exists(c.code())) {
                throw new Conflict("code", c.code(), "unique", "Production order " + c.code() + " exists");
            }
            Item output = catalog.item(c.outputSku());
            Quantity planned = c.plannedQuantity() == null ? null : output.toBase(c.plannedQuantity(),
                    "plannedQuantity.unit");
            long id = orders.insert(c.code(), "PRODUCTION", output.id(), planned, c.lineCode(), c.shiftCode(), "OPEN",
                    clock.instant(), actor.current().username(), c.continuous());
            for (int i = 0; i < c.recipe().size(); i++) {
                try {
                    Item input = catalog.item(c.recipe().get(i).sku());
                    orders.insertLine(id, i + 1, input.id(),
                            input.toBase(c.recipe().get(i).quantity(), "quantity.unit").amount());
                } catch (LotlineException refused) {
                    throw refused.within("recipe[" + i + "]");
                }
            }
            return order(c.code());
        });
    }

    @Override
    public Booking consume(BookingContext context, String order, ConsumeInputs c) {
        return once(context, "consume:" + order, c, Booking.class, () -> {
            Orders.OrderRow row = openOrder(order);
            List<Posting> postings = new ArrayList<>();
            for (int i = 0; i < c.inputs().size(); i++) {
                postings.add(making.issue(c.inputs().get(i), order, "PRODUCTION", context, "inputs[" + i + "]"));
            }
            return making.bookAndLink(order, postings, Set.of(), LotMaking.Mixing.of(row), context,
                    recallHolds(order, postings));
        });
    }

    @Override
    public ProducedLots output(BookingContext context, String order, BookOutput c) {
        return once(context, "output:" + order, c, ProducedLots.class, () -> {
            Orders.OrderRow row = openOrder(order);
            List<Entry> consumed = ledger.ofProductionOrder(order).stream()
                    .filter(e -> e.type() == EntryType.ISSUE).toList();
            List<Posting> postings = new ArrayList<>();
            for (int i = 0; i < c.outputs().size(); i++) {
                try {
                    postings.add(output(c.outputs().get(i), row, consumed, context));
                } catch (LotlineException refused) {
                    throw refused.within("outputs[" + i + "]");
                }
            }
            Booking booking = making.bookAndLink(order, postings, LotMaking.created(postings),
                    LotMaking.Mixing.of(row), context, recallHolds(order, postings));
            return making.produced(order, booking);
        });
    }

    /**
     * A lot made by a rework order is held once: not while it is recalled, rejected, or after a recall's signed
     * disposition released it.
     */
    private boolean notYetHeld(String lotNumber) {
        Lot lot = lots.lot(lotNumber);
        return lot.status().canChangeTo(LotStatus.RECALLED) && ledger.history(lot.id()).stream()
                .noneMatch(e -> e.type() == EntryType.STATUS_CHANGE && "RECALL_SIGNED".equals(e.reasonCode()));
    }

    /**
     * What a rework order makes from recalled goods is held by the same recall until its own disposition, so reworked
     * goods never ship unchecked: every lot the order made, including those made before this booking (in a batch every
     * input belongs to every output) and those this booking makes. Booked in the same ledger command as the output or
     * the consumption, which then locks every item concerned at once (ADR 49).
     */
    private List<Movements.ChangeLotStatus> recallHolds(String order, List<Posting> postings) {
        Optional<String> recall = rework.flatMap(r -> r.reworkedUnder(order));
        if (recall.isEmpty()) {
            return List.of();
        }
        return Stream.concat(ledger.ofProductionOrder(order).stream().filter(e -> e.type() == EntryType.OUTPUT)
                                .map(Entry::lotNumber),
                        postings.stream().filter(p -> p.type() == EntryType.OUTPUT)
                                .map(p -> lots.lot(p.lotId()).number().value()))
                .distinct().filter(this::notYetHeld)
                .map(lot -> Movements.ChangeLotStatus.recalledBy(recall.get(), lot, "Reworked under " + order
                        + " from goods recall " + recall.get() + " holds; held until its disposition"))
                .toList();
    }

    private Posting output(Output output, Orders.OrderRow order, List<Entry> consumed, BookingContext context) {
        Item item = output.sku() == null ? catalog.item(order.outputItemId()) : catalog.item(output.sku());
        ItemRules rules = orders.rules(item.id());
        if (rules.requiresInputs() && consumed.isEmpty()) {
            throw new Refused("sku", item.sku(), "output-requires-inputs",
                    "Item " + item.sku() + " is made from inputs: book the consumption of order " + order.code()
                            + " first");
        }
        LocalDate produced = output.productionDate() != null ? output.productionDate() : making.day(context);
        LocalDate expiry = output.expiryDate();
        if (expiry == null && rules.expiryFromInputs() && !consumed.isEmpty()) {
            expiry = consumed.stream().map(e -> lots.lot(e.lotNumber()).expiryDate()).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).orElse(item.expiryFrom(produced));
        } else if (expiry == null) {
            expiry = item.expiryFrom(produced);
        }
        return making.output(new LotMaking.NewOutput(item, output.quantity(), output.to(), output.lotNumber(),
                produced, expiry, LotStatus.valueOf(item.initialLotStatus().name()), null, null, order.lineCode(),
                order.shiftCode(), output.serials(), output.attributes(), CaptureStage.PRODUCTION_OUTPUT, null),
                order.code(), "PRODUCTION", context);
    }

    @Override
    public ProductionOrder complete(BookingContext context, String order) {
        return once(context, "complete:" + order, order, ProductionOrder.class, () -> {
            Orders.OrderRow row = openOrder(order);
            BigDecimal actual = OrderView.made(ledger.ofProductionOrder(order),
                    catalog.item(row.outputItemId()).sku());
            orders.complete(row.id(), clock.instant(), actual, OrderView.yieldPercent(actual, row.plannedQuantity()));
            return order(order);
        });
    }

    @Override
    @Transactional(readOnly = true)
    public ProductionOrder order(String code) {
        Orders.OrderRow row = orders.find(code).orElseThrow(() -> new Unknown("production order", "order", code));
        return OrderView.of(row, orders.recipe(row.id()), ledger.ofProductionOrder(code), catalog);
    }

    @Override
    public ProducedLots split(BookingContext context, SplitLot command) {
        return once(context, "split", command, ProducedLots.class, () -> splitsAndMerges.split(context, command));
    }

    @Override
    public ProducedLots merge(BookingContext context, MergeLots command) {
        return once(context, "merge", command, ProducedLots.class, () -> splitsAndMerges.merge(context, command));
    }

    @Override
    @Transactional(readOnly = true)
    public ItemRules rules(String sku) {
        return orders.rules(catalog.item(sku).id());
    }

    @Override
    public ItemRules defineRules(String sku, ItemRules rules) {
        orders.defineRules(catalog.item(sku).id(), rules);
        return rules;
    }

    private Orders.OrderRow openOrder(String code) {
        Orders.OrderRow row = orders.lock(code).orElseThrow(() -> new Unknown("production order", "order", code));
        if (!"OPEN".equals(row.status())) {
            throw new Refused("order", code, "order-open", "Production order " + code + " is " + row.status()
                    .toLowerCase() + "; nothing more is booked on it");
        }
        return row;
    }

    private <T> T once(BookingContext context, String operation, Object command, Class<T> type, Supplier<T> work) {
        return idempotency.once(context.idempotencyKey(), operation,
                List.of(command, String.valueOf(context.occurredAt())), type, work);
    }

}
