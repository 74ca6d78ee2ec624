package io.lotline.picking;

import io.lotline.shared.Refused;

/** The stock offered in place of a pick is not equally eligible or not of the same rank. Nothing is confirmed. */
public class SubstitutionRefused extends Refused {
    public SubstitutionRefused(String scan, String rule, String reason) {
        super("scan", scan, rule, reason);
    }
}
