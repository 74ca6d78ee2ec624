package io.lotline.picking;

import io.lotline.shared.Refused;

/** Nothing more happens to a cancelled or shipped order: no allocation, no pick, no second shipment. */
public class OrderClosed extends Refused {
    public OrderClosed(String order, OrderStatus status) {
        super("order", order, status == OrderStatus.CANCELLED ? "order-not-cancelled" : "order-not-shipped",
                "Order " + order + " is " + status.name().toLowerCase() + (status == OrderStatus.CANCELLED
                        ? "; nothing is picked for it" : "; a return is booked with /api/v1/returns"));
    }
}
