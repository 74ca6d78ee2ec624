package io.lotline.receiving;

import io.lotline.ledger.BookingContext;

/** Books goods receipts. */
public interface Receiving {
    GoodsReceived receive(BookingContext context, ReceiveGoods receipt);
}
