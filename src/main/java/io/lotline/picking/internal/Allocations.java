package io.lotline.picking.internal;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.catalog.Party;
import io.lotline.identity.CurrentActor;
import io.lotline.picking.NothingEligible;
import io.lotline.picking.PickStatus;
import io.lotline.picking.SkippedLot;
import io.lotline.picking.domain.AllocationPlan;
import io.lotline.picking.domain.Allocator;
import io.lotline.picking.domain.Demand;
import io.lotline.picking.internal.CustomerOrders.LineRow;
import io.lotline.picking.internal.CustomerOrders.OrderRow;
import io.lotline.picking.internal.Picks.NewPick;
import io.lotline.picking.internal.Picks.PickRow;
import io.lotline.shared.Quantity;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Allocates what an order's lines still need. The balances of the order's items are locked first, so what is free
 * is computed while no other allocation can reserve the same stock; every pick is stored as a reservation, and the
 * stock each line skipped is kept with the reason. A line that finds nothing eligible refuses the allocation.
 */
@Component
class Allocations {
    private final CustomerOrders orders;
    private final Picks picks;
    private final SkippedStock skipped;
    private final PickableStock stock;
    private final OrderLineRules rules;
    private final Catalog catalog;
    private final CurrentActor actor;
    private final Clock clock;

    Allocations(CustomerOrders orders, Picks picks, SkippedStock skipped, PickableStock stock, OrderLineRules rules,
                Catalog catalog, CurrentActor actor, Clock clock) {
        this.orders = orders;
        this.picks = picks;
        this.skipped = skipped;
        this.stock = stock;
        this.rules = rules;
        this.catalog = catalog;
        this.actor = actor;
        this.clock = clock;
    }

    void allocate(OrderRow order) {
        List<LineRow> lines = orders.lines(order.id());
        Set<PickableStock.Key> locked = stock.lock(lines.stream().map(LineRow::itemId).distinct().toList());
        Party customer = catalog.party(order.customerId());
        List<PickRow> existing = picks.ofOrder(order.id());
        for (int i = 0; i < lines.size(); i++) {
            LineRow line = lines.get(i);
            BigDecimal covered = existing.stream().filter(pick -> pick.lineNo() == line.lineNo())
                    .map(PickRow::covers).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (covered.compareTo(line.baseQuantity()) < 0) {
                allocate(order, customer, line, covered, locked, "lines[" + i + "]");
            }
        }
    }

    private void allocate(OrderRow order, Party customer, LineRow line, BigDecimal covered,
                          Set<PickableStock.Key> locked, String field) {
        Item item = catalog.item(line.itemId());
        Demand demand = new Demand(new Quantity(line.baseQuantity().subtract(covered), item.baseUnit()),
                OrderViews.strategy(line, item), line.strategyReason(), rules.of(order, customer, line, item));
        AllocationPlan plan = Allocator.plan(demand, stock.of(item.id()).stream()
                .filter(position -> locked.contains(PickableStock.Key.of(position))).toList());
        if (plan.picks().isEmpty() && covered.signum() == 0) {
            throw new NothingEligible(field, item.sku(), line.lineNo(),
                    plan.skipped().stream().map(Allocations::candidate).toList());
        }
        Instant now = clock.instant();
        String who = actor.current().username();
        for (AllocationPlan.PlannedPick pick : plan.picks()) {
            picks.insert(new NewPick(order.id(), line.lineNo(), item.id(), pick.from().lotId(),
                    pick.from().locationId(), pick.from().containerId(), pick.quantity().amount(), null,
                    PickStatus.RESERVED, pick.reason(), null, null), now, who);
        }
        skipped.replace(order.id(), line.lineNo(), plan.skipped());
    }

    private static SkippedLot candidate(AllocationPlan.Skipped skip) {
        return new SkippedLot(skip.position().lotNumber(), skip.position().location(), skip.position().pallet(),
                skip.rule(), skip.reason());
    }
}
