package io.lotline.production;

import io.lotline.ledger.Booking;
import io.lotline.ledger.BookingContext;
import io.lotline.production.ProductionCommands.BookOutput;
import io.lotline.production.ProductionCommands.ConsumeInputs;
import io.lotline.production.ProductionCommands.ItemRules;
import io.lotline.production.ProductionCommands.MergeLots;
import io.lotline.production.ProductionCommands.OpenProductionOrder;
import io.lotline.production.ProductionCommands.SplitLot;

/** Production orders, splits and merges. Bookings run once per idempotency key. */
public interface Production {

    ProductionOrder open(BookingContext context, OpenProductionOrder command);

    Booking consume(BookingContext context, String order, ConsumeInputs command);

    ProducedLots output(BookingContext context, String order, BookOutput command);

    ProductionOrder complete(BookingContext context, String order);

    ProductionOrder order(String code);

    ProducedLots split(BookingContext context, SplitLot command);

    ProducedLots merge(BookingContext context, MergeLots command);

    ItemRules rules(String sku);

    ItemRules defineRules(String sku, ItemRules rules);
}
