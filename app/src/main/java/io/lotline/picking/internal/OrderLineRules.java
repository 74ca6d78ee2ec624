package io.lotline.picking.internal;

import io.lotline.catalog.Item;
import io.lotline.catalog.Party;
import io.lotline.lots.Lots;
import io.lotline.picking.domain.LineRules;
import io.lotline.picking.internal.CustomerOrders.LineRow;
import io.lotline.picking.internal.CustomerOrders.OrderRow;
import org.springframework.stereotype.Component;

/** Gathers what an order line asks of its stock: ship date, the customer's shelf-life minimum, the requested lot. */
@Component
class OrderLineRules {
    private final ShelfLifeRequirements requirements;
    private final Lots lots;

    OrderLineRules(ShelfLifeRequirements requirements, Lots lots) {
        this.requirements = requirements;
        this.lots = lots;
    }

    LineRules of(OrderRow order, Party customer, LineRow line, Item item) {
        return of(order, customer, line, requirements.minimumDays(customer.id(), item.id()));
    }

    /** The same, with the customer's shelf-life minimum for the line's item already known. */
    LineRules of(OrderRow order, Party customer, LineRow line, int minimumShelfLifeDays) {
        return new LineRules(order.shipDate(), customer.code(), minimumShelfLifeDays,
                line.requestedLotId() == null ? null : lots.lot(line.requestedLotId()).number().value());
    }
}
