package io.lotline.gs1;

import java.math.BigDecimal;

/**
 * Labels that scan: lot and case labels for an item with a GTIN, logistic labels for pallets with an SSCC, as PDF or
 * ZPL, each with GS1-128, GS1 DataMatrix and a Digital Link QR code; and new SSCCs from the company prefix.
 */
public interface Labels {

    /** The lot's label; a case label carries the case's content ({@code quantity} in the item's base unit). */
    RenderedLabel lotLabel(String lotNumber, LabelKind kind, BigDecimal quantity, LabelFormat format);

    /** The logistic label of the pallet: its SSCC and, when it holds one lot, the content, count and date. */
    RenderedLabel palletLabel(String sscc, LabelFormat format);

    /** A new SSCC: extension digit, the company prefix, the next serial reference, the check digit. */
    String nextSscc();
}
