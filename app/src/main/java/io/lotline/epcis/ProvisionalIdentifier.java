package io.lotline.epcis;

import java.time.OffsetDateTime;

/**
 * An identifier captured events named that Lotline does not know: a product (GTIN), a party or a location (GLN), or
 * an identifier that holds no GS1 key ({@code gs1Key} null). The events were kept; the identifier waits for review
 * until an item, party or site with that key is registered.
 */
public record ProvisionalIdentifier(Kind kind, String identifier, String gs1Key, OffsetDateTime firstCaptured,
                                    String firstEventID, long events) {

    /** What the identifier stands for. */
    public enum Kind { PRODUCT, PARTY, LOCATION }
}
