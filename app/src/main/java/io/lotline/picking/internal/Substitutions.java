package io.lotline.picking.internal;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.catalog.PickingStrategy;
import io.lotline.identity.CurrentActor;
import io.lotline.ledger.AvailableStock;
import io.lotline.picking.ScanRefused;
import io.lotline.picking.SubstitutionRefused;
import io.lotline.picking.domain.Eligibility;
import io.lotline.picking.domain.PickSequence;
import io.lotline.picking.domain.Refusal;
import io.lotline.picking.domain.Scan;
import io.lotline.picking.domain.ScanCheck;
import io.lotline.picking.domain.StockPosition;
import io.lotline.picking.domain.Substitution;
import io.lotline.picking.internal.CustomerOrders.LineRow;
import io.lotline.picking.internal.CustomerOrders.OrderRow;
import io.lotline.picking.internal.Picks.NewPick;
import io.lotline.picking.internal.Picks.PickRow;
import io.lotline.shared.Quantity;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Takes the stock an operator scanned in place of a pick, when it is equally eligible and of the same rank. The
 * caller had the ledger lock the item and read its stock as for an allocation, before it locked the pick
 * ({@link PickConfirmations}), so the substitute's free quantity is true; the replaced pick gives its stock back, and
 * the substitute is stored as a picked pick naming the one it replaced and reserves what it took.
 */
@Component
class Substitutions {
    private final CustomerOrders orders;
    private final Picks picks;
    private final OrderLineRules rules;
    private final Catalog catalog;
    private final AvailableStock available;
    private final CurrentActor actor;
    private final Clock clock;

    Substitutions(CustomerOrders orders, Picks picks, OrderLineRules rules, Catalog catalog, AvailableStock available,
                  CurrentActor actor, Clock clock) {
        this.orders = orders;
        this.picks = picks;
        this.rules = rules;
        this.catalog = catalog;
        this.available = available;
        this.actor = actor;
        this.clock = clock;
    }

    /** {@code itemStock} is the item's stock as the ledger answered it with the item locked. */
    void substitute(OrderRow order, PickRow pick, StockPosition allocated, Item item, Scan scan, Quantity quantity,
                    List<StockPosition> itemStock) {
        StockPosition offered = offered(scan, allocated, item, itemStock);
        LineRow line = orders.lines(order.id()).stream().filter(l -> l.lineNo() == pick.lineNo()).findFirst()
                .orElseThrow();
        PickingStrategy strategy = OrderViews.strategy(line, item);
        Eligibility eligibility = Eligibility.of(rules.of(order, catalog.party(order.customerId()), line, item));
        List<Refusal> refusals = Substitution.refusals(strategy, eligibility, allocated, offered, quantity);
        if (!refusals.isEmpty()) {
            throw new SubstitutionRefused(scan.shown(), refusals.get(0).rule(), "Lot " + offered.lotNumber()
                    + " at " + offered.place() + " cannot replace lot " + allocated.lotNumber() + " at "
                    + allocated.place() + ": " + refusals.stream().map(Refusal::reason)
                    .collect(Collectors.joining("; ")));
        }
        Instant now = clock.instant();
        String who = actor.current().username();
        available.release(List.of(pick.id()));
        picks.substituted(pick.id(), scan.shown(), now, who);
        NewPick substitute = NewPick.substitute(order.id(), pick.lineNo(), item.id(), offered, quantity.amount(),
                "Substitute for lot " + allocated.lotNumber() + " at " + allocated.place() + ", taken by the picker: "
                        + strategy + " " + PickSequence.rankOf(strategy, offered) + ", the same rank", pick.id(),
                scan.shown());
        long id = picks.insert(substitute, now, who);
        available.reserve(order.code(), List.of(Allocations.reservation(id, substitute)));
    }

    /** The one place of the item the scan names, other than the allocated one. */
    private StockPosition offered(Scan scan, StockPosition allocated, Item item, List<StockPosition> places) {
        List<StockPosition> named = places.stream()
                .filter(position -> !position.samePlaceAs(allocated) && ScanCheck.names(scan, position)).toList();
        if (named.isEmpty()) {
            throw new ScanRefused(scan.shown(), "scan-names-stock", "No other stock of item " + item.sku()
                    + " matches '" + scan.shown() + "'; scan the pallet or the lot label of the substitute");
        }
        if (named.size() > 1) {
            throw new ScanRefused(scan.shown(), "scan-names-one-place", "'" + scan.shown() + "' matches stock at "
                    + named.stream().map(StockPosition::place).collect(Collectors.joining(", "))
                    + "; scan the pallet you take from");
        }
        return named.get(0);
    }
}
