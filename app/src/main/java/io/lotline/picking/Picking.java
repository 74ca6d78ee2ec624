package io.lotline.picking;

import io.lotline.ledger.BookingContext;
import io.lotline.picking.OrderCommands.CancelOrder;
import io.lotline.picking.OrderCommands.ConfirmPick;
import io.lotline.picking.OrderCommands.EnterCustomerOrder;
import io.lotline.picking.OrderCommands.ShipOrder;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;

/**
 * Customer orders from entry to shipment. Every command that changes an order runs once per idempotency key, so a
 * handheld that retries a scan never confirms twice.
 */
public interface Picking {

    /** Enters an order; a picking strategy set on a line needs a supervisor. */
    CustomerOrder enter(BookingContext context, EnterCustomerOrder command);

    CustomerOrder order(String code);

    Page<OrderSummary> orders(OrderStatus status, PageRequest page);

    /**
     * Reserves stock for what the order's lines still need, by strategy and eligibility. A line that finds nothing
     * eligible refuses the whole allocation with {@link NothingEligible}; a line that finds too little is allocated
     * short and says so.
     */
    PickList allocate(BookingContext context, String order);

    PickList pickList(String order);

    /** Confirms a pick by the scan of its pallet or lot label, or substitutes equally ranked stock. */
    PickList confirm(BookingContext context, String order, long pick, ConfirmPick command);

    /** Cancels an order that has not shipped and releases its reservations. */
    CustomerOrder cancel(BookingContext context, String order, CancelOrder command);

    /** Books the confirmed picks as shipments to the customer and releases what was not picked. */
    Shipment ship(BookingContext context, String order, ShipOrder command);
}
