package io.lotline.picking.internal;

import io.lotline.catalog.Item;
import io.lotline.identity.CurrentActor;
import io.lotline.ledger.AvailableStock;
import io.lotline.ledger.AvailableStock.Reservation;
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
 * Allocates what an order's lines still need. The ledger locks the order's items and answers their stock once for all
 * lines ({@link PickableStock}), so what is free is computed while no other allocation can reserve the same stock;
 * each line's picks are taken out of what is free before the next line is planned. Every pick is stored and reserved
 * in the ledger under its id, and the stock each line skipped is kept with the reason. A line that finds nothing
 * eligible refuses the allocation.
 */
@Component
class Allocations {
    private final Picks picks;
    private final SkippedStock skipped;
    private final PickableStock stock;
    private final AvailableStock available;
    private final OrderLineRules rules;
    private final CurrentActor actor;
    private final Clock clock;

    Allocations(Picks picks, SkippedStock skipped, PickableStock stock, AvailableStock available,
                OrderLineRules rules, CurrentActor actor, Clock clock) {
        this.picks = picks;
        this.skipped = skipped;
        this.stock = stock;
        this.available = available;
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
        Map<Long, List<StockPosition>> before = stock.lockAndRead(lines.items().values());
        Map<PickableStock.Key, StockPosition> free = new HashMap<>();
        before.values().forEach(places -> places.forEach(place -> free.put(PickableStock.Key.of(place), place)));
        List<NewPick> reserved = new ArrayList<>();
        List<LongFunction<PickList.Pick>> walk = new ArrayList<>();
        Map<Integer, List<AllocationPlan.Skipped>> skips = new LinkedHashMap<>();
        for (int i = 0; i < needs.lines().size(); i++) {
            LineToAllocate need = needs.lines().get(i);
            LineRow line = need.line();
            if (need.covered().compareTo(line.baseQuantity()) < 0) {
                Item item = lines.item(line);
                List<StockPosition> positions = before.getOrDefault(item.id(), List.of()).stream()
                        .map(place -> free.get(PickableStock.Key.of(place))).toList();
                AllocationPlan plan = plan(order, lines, need, item, positions, "lines[" + i + "]");
                for (AllocationPlan.PlannedPick pick : plan.picks()) {
                    reserved.add(NewPick.reservation(order.id(), line.lineNo(), item.id(), pick.from(),
                            pick.quantity().amount(), pick.reason()));
                    walk.add(onPickList(line, item, pick));
                    free.computeIfPresent(PickableStock.Key.of(pick.from()), (key, place) -> place.less(pick.quantity()));
                }
                skips.put(line.lineNo(), plan.skipped());
            }
        }
        List<Long> ids = picks.insertAll(reserved, clock.instant(), actor.current().username());
        available.reserve(order.code(), IntStream.range(0, ids.size()).mapToObj(i -> reservation(ids.get(i),
                reserved.get(i))).toList());
        skipped.replace(order.id(), skips, needs.picked());
        return new Allocated(SkippedStock.asStored(skips), skips.size() == needs.lines().size(),
                needs.picked() ? null : walkingOrder(walk, ids));
    }

    /** Gives back what the order's picks hold, reserved or picked, as a cancellation does. */
    void giveBack(OrderRow order) {
        available.release(picks.ofOrder(order.id()).stream().filter(Picks.PickRow::holds).map(Picks.PickRow::id)
                .toList());
        picks.release(order.id(), List.of(PickStatus.RESERVED, PickStatus.PICKED));
    }

    /** What a pick, stored under {@code id}, holds in the ledger. */
    static Reservation reservation(long id, NewPick pick) {
        return new Reservation(id, pick.itemId(), pick.lotId(), pick.locationId(), pick.containerId(),
                pick.picked() == null ? pick.allocated() : pick.picked());
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
