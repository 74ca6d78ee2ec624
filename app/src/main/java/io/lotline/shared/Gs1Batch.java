package io.lotline.shared;

/**
 * What GS1 AI (10), batch/lot, can carry: at most 20 characters of GS1 character set 82. Lot numbers Lotline
 * generates are printed in it, so a lot number format must never render anything else.
 */
public final class Gs1Batch {
    public static final int MAX_LENGTH = 20;
    /** GS1 character set 82, in the order whose positions the check character pair weighs. */
    public static final String CSET82 =
            "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

    private Gs1Batch() {
    }

    public static boolean inCharacterSet(String text) {
        return text.chars().allMatch(c -> CSET82.indexOf(c) >= 0);
    }
}
