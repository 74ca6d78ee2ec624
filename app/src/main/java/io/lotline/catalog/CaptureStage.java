package io.lotline.catalog;

/** Where a lot is born and its attributes are captured: at a receipt from a supplier, or as a production output. */
public enum CaptureStage { RECEIPT, PRODUCTION_OUTPUT }
