package io.lotline.picking.internal;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.catalog.Party;
import io.lotline.catalog.PartyRole;
import io.lotline.identity.Actor;
import io.lotline.identity.CurrentActor;
import io.lotline.identity.Role;
import io.lotline.lots.Lot;
import io.lotline.lots.Lots;
import io.lotline.picking.OrderCommands.EnterCustomerOrder;
import io.lotline.picking.OrderCommands.OrderLine;
import io.lotline.picking.internal.CustomerOrders.LineRow;
import io.lotline.shared.Conflict;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.LotlineException;
import io.lotline.shared.Refused;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Enters customer orders. The customer, every item and every requested lot must exist; a requested lot must be of
 * the line's item; a picking strategy other than the item's is a supervisor's decision, given with a reason.
 * Serial-numbered items are shipped through the ledger's shipment naming each serial, not picked here.
 */
@Component
class OrderDesk {
    private final CustomerOrders orders;
    private final Catalog catalog;
    private final Lots lots;
    private final CurrentActor actor;
    private final Clock clock;

    OrderDesk(CustomerOrders orders, Catalog catalog, Lots lots, CurrentActor actor, Clock clock) {
        this.orders = orders;
        this.catalog = catalog;
        this.lots = lots;
        this.actor = actor;
        this.clock = clock;
    }

    /** Stores the order and returns its id. */
    long enter(EnterCustomerOrder order) {
        if (orders.exists(order.code())) {
            throw new Conflict("code", order.code(), "order-code-unique", "Customer order " + order.code()
                    + " exists already");
        }
        Party customer = catalog.party(order.customer(), PartyRole.CUSTOMER, "customer");
        LocalDate today = LocalDate.now(clock);
        if (order.shipDate().isBefore(today)) {
            throw new InvalidInput("shipDate", order.shipDate(), "ship-date-not-past",
                    "An order ships today or later; today is " + today);
        }
        Actor who = actor.current();
        long id = orders.insert(order.code(), customer.id(), order.shipDate(), clock.instant(), who.username());
        for (int i = 0; i < order.lines().size(); i++) {
            try {
                LineRow line = line(order.lines().get(i), who, i + 1);
                orders.insertLine(id, line.lineNo(), line.itemId(), line);
            } catch (LotlineException refused) {
                throw refused.within("lines[" + i + "]");
            }
        }
        return id;
    }

    private LineRow line(OrderLine line, Actor who, int lineNo) {
        Item item = catalog.item(line.sku());
        if (item.tracking().serials()) {
            throw new Refused("sku", item.sku(), "picked-by-lot", "Item " + item.sku() + " is tracked by serial "
                    + "number; ship it with POST /api/v1/shipments naming each serial");
        }
        var base = item.toBase(line.quantity(), "quantity.unit");
        Long lotId = null;
        if (line.lotNumber() != null) {
            Lot lot = lots.lot(line.lotNumber());
            if (lot.itemId() != item.id()) {
                throw new Refused("lotNumber", line.lotNumber(), "lot-of-item", "Lot " + line.lotNumber()
                        + " is item " + lot.sku() + ", not " + item.sku());
            }
            lotId = lot.id();
        }
        if (line.strategy() != null && !who.has(Role.SUPERVISOR)) {
            throw new Refused("strategy", line.strategy(), "strategy-set-by-supervisor", "Only a supervisor sets "
                    + "a picking strategy on an order line; item " + item.sku() + " is picked "
                    + item.pickingStrategy());
        }
        return new LineRow(lineNo, item.id(), line.quantity(), base.amount(), lotId, line.strategy(),
                line.strategyReason(), line.strategy() == null ? null : who.username());
    }
}
