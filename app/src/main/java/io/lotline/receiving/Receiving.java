package io.lotline.receiving;

import io.lotline.ledger.BookingContext;

/** Books goods receipts. */
public interface Receiving {
    GoodsReceived receive(BookingContext context, ReceiveGoods receipt);

    /** Books one lot from the supplier's scanned GS1 label, read through the GS1 reader. */
    GoodsReceived receive(BookingContext context, ReceiveLabel receipt);
}
