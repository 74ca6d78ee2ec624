package io.lotline.lots;

/** How a lot came to exist: received from a supplier, or made here. */
public enum LotOrigin { RECEIPT, PRODUCTION }
