package io.lotline.gs1;

import io.lotline.shared.InvalidInput;

/**
 * A scanned code that claims to be GS1 data and breaks a rule of the GS1 General Specifications or the Syntax
 * Dictionary: a wrong check digit, an impossible date, a value too long, an AI pair that excludes itself. Names the
 * element (e.g. {@code (17)261332}) and the rule ({@code gs1-illegal-day}); nothing that depended on the scan happens.
 */
public class InvalidGs1Code extends InvalidInput {
    private final String gs1Rule;

    public InvalidGs1Code(String element, String rule, String message) {
        this("code", element, rule, message);
    }

    private InvalidGs1Code(String field, String element, String rule, String message) {
        super(field, element, "gs1-" + rule, message);
        this.gs1Rule = rule;
    }

    /** The same refusal of the request field that carried the code, e.g. a pick confirmation's {@code scan}. */
    public InvalidGs1Code of(String field) {
        return new InvalidGs1Code(field, (String) value(), gs1Rule, getMessage());
    }
}
