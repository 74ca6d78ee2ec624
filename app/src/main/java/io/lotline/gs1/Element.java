package io.lotline.gs1;

/**
 * One application identifier and its data from a scanned code, e.g. AI {@code 17} with {@code 261231} titled
 * "USE BY or EXPIRY". An AI the GS1 Syntax Dictionary does not know is kept with {@code known} false and no title.
 */
public record Element(String ai, String value, String title, boolean known) {

    /** The element as printed under the bars: {@code (17)261231}. */
    public String bracketed() {
        return "(" + ai + ")" + value;
    }
}
