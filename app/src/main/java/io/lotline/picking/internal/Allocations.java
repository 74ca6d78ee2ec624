package io.lotline.picking.internal;

import io.lotline.catalog.Item;
import io.lotline.identity.CurrentActor;
import io.lotline.picking.NothingEligible;
import io.lotline.picking.PickList;
import io.lotline.picking.PickStatus;
import io.lotline.picking.SkippedLot;
import io.lotline.picking.domain.AllocationPlan;
import io.lotline.picking.domain.Allocator;
import io.lotline.picking.domain.Demand;
import io.lotline.picking.domain.StockPosition;
import io.lotline.picking.internal.CustomerOrders.LineRow;
import io.lotline.picking.internal.CustomerOrders.LineToAllocate;
import io.lotline.picking.internal.CustomerOrders.OrderRow;
import io.lotline.picking.internal.CustomerOrders.ToAllocate;
import io.lotline.picking.internal.PickableStock.Held;
import io.lotline.picking.internal.Picks.NewPick;
import io.lotline.shared.Quantity;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * Allocates what an order's lines still need. The order's items' turns are taken before any stock is read, so what
 * is free is computed while no other allocation can reserve the same stock; then the stock at the items' places is
 * read once for all lines, and each line's picks are taken out of what is free before the next line is planned.
 * Every pick is stored as a reservation, and the stock each line skipped is kept with the reason. A line that finds
 * nothing eligible refuses the allocation. The items' stock comes from {@link StockMemory} when nothing has touched it
 * since the last allocation or cancellation, and what this allocation leaves is kept there for the next one.
 */
@Component
class Allocations {
    private final Picks picks;
    private final SkippedStock skipped;
    private final AllocationTurns turns;
    private final PickableStock stock;
    private final StockMemory memory;
    private final OrderLineRules rules;
    private final CurrentActor actor;
    private final Clock clock;

    Allocations(Picks picks, SkippedStock skipped, AllocationTurns turns, PickableStock stock, StockMemory memory,
                OrderLineRules rules, CurrentActor actor, Clock clock) {
        this.picks = picks;
        this.skipped = skipped;
        this.turns = turns;
        this.stock = stock;
        this.memory = memory;
        this.rules = rules;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * What an allocation skipped on the lines it allocated, as the pick list shows it; {@code everyLine} when it
     * allocated every line of the order, so that nothing else was skipped on the order. {@code walk} is the order's
     * pick list in walking order when the allocation made every pick of the order, else {@code null}.
     */
    record Allocated(Map<Integer, List<SkippedLot>> skippedByLine, boolean everyLine, List<PickList.Pick> walk) {
    }

    /** Allocates what the order's lines still need ({@code needs}, read with the order locked). */
    Allocated allocate(OrderRow order, OrderLines lines, ToAllocate needs) {
        turns.take(lines.itemIds());
        Map<Long, StockMemory.Stock> before = memory.stockOf(lines.items().values(), stock::heldBy);
        Map<PickableStock.Key, Held> held = new HashMap<>();
        before.values().forEach(itsStock -> itsStock.places().forEach(place -> held.put(place.key(), place)));
        List<NewPick> reserved = new ArrayList<>();
        List<LongFunction<PickList.Pick>> walk = new ArrayList<>();
        Map<Integer, List<AllocationPlan.Skipped>> skips = new LinkedHashMap<>();
        for (int i = 0; i < needs.lines().size(); i++) {
            LineToAllocate need = needs.lines().get(i);
            LineRow line = need.line();
            if (need.covered().compareTo(line.baseQuantity()) < 0) {
                Item item = lines.item(line);
                List<StockPosition> positions = before.get(item.id()).places().stream()
                        .map(place -> held.get(place.key()).position()).toList();
                AllocationPlan plan = plan(order, lines, need, item, positions, "lines[" + i + "]");
                for (AllocationPlan.PlannedPick pick : plan.picks()) {
                    reserved.add(NewPick.reservation(order.id(), line.lineNo(), item.id(), pick.from(),
                            pick.quantity().amount(), pick.reason()));
                    walk.add(onPickList(line, item, pick));
                    held.computeIfPresent(PickableStock.Key.of(pick.from()),
                            (key, place) -> place.reserving(pick.quantity().amount()));
                }
                skips.put(line.lineNo(), plan.skipped());
            }
        }
        List<Long> ids = picks.insertAll(reserved, clock.instant(), actor.current().username());
        before.forEach((item, itsStock) -> memory.keepOnCommit(itsStock, item,
                itsStock.places().stream().map(place -> held.get(place.key())).toList()));
        skipped.replace(order.id(), skips, needs.picked());
        return new Allocated(SkippedStock.asStored(skips), skips.size() == needs.lines().size(),
                needs.picked() ? null : walkingOrder(walk, ids));
    }

    /**
     * Gives back what the order's picks hold, reserved or picked, as a cancellation does. It takes the items' turns
     * like an allocation, so that what it gives back can be added to what {@link StockMemory} knows of the items.
     */
    void giveBack(OrderRow order) {
        turns.take(holding(order).keySet());
        Map<Long, List<Picks.PickRow>> byItem = holding(order);
        picks.release(order.id(), List.of(PickStatus.RESERVED, PickStatus.PICKED));
        byItem.forEach((item, itsPicks) -> {
            StockMemory.Stock known = memory.current(item);
            Map<PickableStock.Key, Held> after = new LinkedHashMap<>();
            if (known != null) {
                known.places().forEach(place -> after.put(place.key(), place));
            }
            if (known == null || !itsPicks.stream().allMatch(pick -> after.containsKey(pick.at()))) {
                memory.changing(List.of(item));
                return;
            }
            itsPicks.forEach(pick -> after.computeIfPresent(pick.at(),
                    (key, place) -> place.reserving(pick.reserved().negate())));
            memory.keepOnCommit(known, item, List.copyOf(after.values()));
        });
    }

    /**
     * The order's picks that hold stock, by item. Read once to know which turns to take, and again once they are
     * taken: a hold may have given some back meanwhile (it takes the turn, not the order).
     */
    private Map<Long, List<Picks.PickRow>> holding(OrderRow order) {
        Map<Long, List<Picks.PickRow>> byItem = new HashMap<>();
        picks.ofOrder(order.id()).stream().filter(pick -> pick.reserved().signum() > 0)
                .forEach(pick -> byItem.computeIfAbsent(pick.itemId(), item -> new ArrayList<>()).add(pick));
        return byItem;
    }

    /** A pick as the pick list shows it, once it has the id it is stored under. */
    private static LongFunction<PickList.Pick> onPickList(LineRow line, Item item, AllocationPlan.PlannedPick pick) {
        StockPosition from = pick.from();
        return id -> PickList.Pick.reserved(id, line.lineNo(), item.sku(), from.location(), from.pallet(),
                from.lotNumber(), from.expiryDate(), pick.quantity(), pick.reason());
    }

    /** The picks with the ids they were stored under, in walking order. */
    private static List<PickList.Pick> walkingOrder(List<LongFunction<PickList.Pick>> picks, List<Long> ids) {
        return IntStream.range(0, picks.size()).mapToObj(i -> picks.get(i).apply(ids.get(i)))
                .sorted(Picks.WALKING_ORDER).toList();
    }

    private AllocationPlan plan(OrderRow order, OrderLines lines, LineToAllocate need, Item item,
                                List<StockPosition> positions, String field) {
        LineRow line = need.line();
        Demand demand = new Demand(new Quantity(line.baseQuantity().subtract(need.covered()), item.baseUnit()),
                OrderViews.strategy(line, item), line.strategyReason(),
                rules.of(order, lines.customer(), line, need.minimumShelfLifeDays()));
        AllocationPlan plan = Allocator.plan(demand, positions);
        if (plan.picks().isEmpty() && need.covered().signum() == 0) {
            throw new NothingEligible(field, item.sku(), line.lineNo(),
                    plan.skipped().stream().map(Allocations::candidate).toList());
        }
        return plan;
    }

    private static SkippedLot candidate(AllocationPlan.Skipped skip) {
        return new SkippedLot(skip.position().lotNumber(), skip.position().location(), skip.position().pallet(),
                skip.rule(), skip.reason());
    }
}
