package io.lotline.gs1;

/** How a scanned code was written: which of the GS1 forms, or plain text such as a licence plate. */
public enum ScanForm {
    /** {@code (01)04012345000009(10)L123}, as printed under the bars. */
    BRACKETED,
    /** AI and data run together, a variable-length field ended by the group separator (FNC1 in the symbol). */
    RAW,
    /** A GS1 Digital Link URI such as {@code https://id.gs1.org/01/04012345000009/10/L123}. */
    DIGITAL_LINK,
    /** An EAN-13, UPC or EAN-8 symbol: the number is a GTIN. */
    GTIN_SYMBOL,
    /** Not GS1 data: a licence plate, an internal lot number, a URL that is no Digital Link. */
    PLAIN
}
