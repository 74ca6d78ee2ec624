package io.lotline.epcis.internal;

import io.lotline.epcis.EventBooking;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The ObjectEvents that move or block stock already at our places (destroying, shipping, holding), and the
 * declarations that correct an earlier event, each booked through the ledger's movements as the floor would.
 */
@Component
class StockEvents {
    private final DestroyingEvents destroying;
    private final ShippingEvents shipping;
    private final HoldingEvents holding;
    private final ErrorDeclarations declarations;

    StockEvents(DestroyingEvents destroying, ShippingEvents shipping, HoldingEvents holding,
                ErrorDeclarations declarations) {
        this.destroying = destroying;
        this.shipping = shipping;
        this.holding = holding;
        this.declarations = declarations;
    }

    /** What a destroying, shipping or holding event books; nothing for any other event. */
    Optional<EventBooking> book(CapturedEvent event, JsonNode body) {
        if (DestroyingEvents.destroys(event)) {
            return Optional.of(destroying.book(event, body));
        }
        if (ShippingEvents.ships(event)) {
            return Optional.of(shipping.book(event, body));
        }
        if (HoldingEvents.holds(event)) {
            return Optional.of(holding.book(event, body));
        }
        return Optional.empty();
    }

    /** The corrections an event declaring an earlier one in error books. */
    List<EventBooking> correct(EventRow row, CapturedEvent event, JsonNode body) {
        return declarations.book(row, event, body);
    }
}
