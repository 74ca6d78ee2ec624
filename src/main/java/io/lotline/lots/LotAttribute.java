package io.lotline.lots;

/** The lot attributes that may be corrected after confirmation, each correction an entry with a reason. */
public enum LotAttribute { EXPIRY_DATE, PRODUCTION_DATE, SUPPLIER_LOT }
