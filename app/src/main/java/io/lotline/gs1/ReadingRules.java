package io.lotline.gs1;

/**
 * Options of the GS1 reader, named as in GS1's Barcode Syntax Engine. Lotline reads with {@link #LOTLINE}: an AI the
 * dictionary does not know is reported rather than refused (a newer label must not stop the floor), also as a Digital
 * Link attribute; a Digital Link may carry a GTIN-8, -12 or -13 without its leading zeros; and an AI whose required
 * partner is missing is noted, not refused, because GS1 evaluates required pairs over all the symbols on an item and
 * one scan reads one symbol of a label that may carry three. Excluded pairs are always refused. {@link #STRICT} are the
 * engine's defaults.
 */
public record ReadingRules(boolean permitUnknownAis, boolean unknownAiAsDigitalLinkAttribute,
                           boolean permitZeroSuppressedGtinInDigitalLinks, boolean refuseMissingRequiredAis,
                           boolean checkAssociations) {
    public static final ReadingRules LOTLINE = new ReadingRules(true, true, true, false, true);
    public static final ReadingRules STRICT = new ReadingRules(false, false, false, true, true);
}
