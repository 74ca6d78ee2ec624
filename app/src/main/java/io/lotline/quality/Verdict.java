package io.lotline.quality;

/** How one parameter of a lot stands against the specification: within, outside, or not yet measured. */
public record Verdict(String parameter, Outcome outcome, String reason) {
    /** The three answers a release looks at. */
    public enum Outcome { PASS, FAIL, MISSING }
}
