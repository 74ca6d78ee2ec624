package io.lotline.gs1;

/**
 * Options of the GS1 reader, named as in GS1's Barcode Syntax Engine. Lotline reads with {@link #LOTLINE}: an AI the
 * dictionary does not know is reported rather than refused (a newer label must not stop the floor), also as a Digital
 * Link attribute, and a Digital Link may carry a GTIN-8, -12 or -13 without its leading zeros. {@link #STRICT} are the
 * engine's defaults.
 */
public record ReadingRules(boolean permitUnknownAis, boolean unknownAiAsDigitalLinkAttribute,
                           boolean permitZeroSuppressedGtinInDigitalLinks, boolean checkAssociations) {
    public static final ReadingRules LOTLINE = new ReadingRules(true, true, true, true);
    public static final ReadingRules STRICT = new ReadingRules(false, false, false, true);
}
