package io.lotline.picking.internal;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.catalog.Party;
import io.lotline.identity.CurrentActor;
import io.lotline.ledger.Booking;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Entry;
import io.lotline.ledger.AvailableStock;
import io.lotline.ledger.Ledger;
import io.lotline.ledger.Posting;
import io.lotline.ledger.References;
import io.lotline.picking.OrderCommands.ShipOrder;
import io.lotline.picking.PickStatus;
import io.lotline.picking.Shipment;
import io.lotline.picking.internal.CustomerOrders.OrderRow;
import io.lotline.picking.internal.Picks.PickRow;
import io.lotline.shared.Quantity;
import io.lotline.shared.Refused;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Ships what was picked: one shipment entry per confirmed pick, from its place to the customer, under the customer
 * order and the delivery note, all in one ledger command. First every reservation of the order is given back in the
 * ledger, which locks all the order's items at once; then the ledger checks once more that every lot may ship, that
 * the stock is there and that no other order holds it. Any refusal leaves the order as it was. Picks never confirmed
 * are released.
 */
@Component
class Shipping {
    private final CustomerOrders orders;
    private final Picks picks;
    private final AvailableStock available;
    private final Ledger ledger;
    private final Catalog catalog;
    private final CurrentActor actor;
    private final Clock clock;

    Shipping(CustomerOrders orders, Picks picks, AvailableStock available, Ledger ledger, Catalog catalog,
             CurrentActor actor, Clock clock) {
        this.orders = orders;
        this.picks = picks;
        this.available = available;
        this.ledger = ledger;
        this.catalog = catalog;
        this.actor = actor;
        this.clock = clock;
    }

    Shipment ship(OrderRow order, ShipOrder command, BookingContext context) {
        List<PickRow> ofOrder = picks.ofOrder(order.id());
        List<PickRow> picked = ofOrder.stream().filter(pick -> pick.status() == PickStatus.PICKED).toList();
        if (picked.isEmpty()) {
            throw new Refused("order", order.code(), "picked-before-shipping", "Nothing of order " + order.code()
                    + " is picked yet: confirm the picks by scan, then ship");
        }
        available.release(ofOrder.stream().filter(PickRow::holds).map(PickRow::id).toList());
        Party customer = catalog.party(order.customerId());
        Party consignee = command.consignee() == null ? null : catalog.consignee(command.consignee(), customer.id());
        String deliveryNote = command.deliveryNote() == null ? order.code() + "-DN" : command.deliveryNote();
        References references = new References(null, order.code(), null, null, deliveryNote);
        List<Posting> postings = new ArrayList<>();
        for (PickRow pick : picked) {
            Item item = catalog.item(pick.itemId());
            Quantity quantity = new Quantity(pick.picked(), item.baseUnit());
            postings.add(Posting.shipment(pick.lotId(), item.id(), quantity, quantity,
                    new Posting.PlaceIds(pick.locationId(), pick.containerId()), customer.id(), references,
                    context.occurredAt()).withNote("Pick " + pick.id() + " of order " + order.code()));
        }
        Booking booking = ledger.post(postings);
        if (consignee != null) {
            ledger.consignedTo(booking, consignee.id());
        }
        List<Shipment.Shipped> lines = new ArrayList<>();
        for (int i = 0; i < picked.size(); i++) {
            Entry entry = booking.entries().get(i);
            picks.shipped(picked.get(i).id(), entry.id());
            lines.add(new Shipment.Shipped(picked.get(i).id(), picked.get(i).lineNo(), entry.sku(),
                    entry.lotNumber(), entry.from().location(), entry.from().pallet(), entry.baseQuantity(),
                    entry.id()));
        }
        picks.release(order.id(), List.of(PickStatus.RESERVED));
        orders.shipped(order.id(), deliveryNote, booking.commandId(), clock.instant(), actor.current().username());
        return new Shipment(order.code(), customer.code(), consignee == null ? null : consignee.code(), deliveryNote,
                booking.commandId(), lines);
    }
}
