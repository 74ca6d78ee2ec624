package io.lotline.picking;

import io.lotline.shared.Refused;

/** The scan does not match the pick: another pallet, another lot, another item. Nothing is confirmed. */
public class ScanRefused extends Refused {
    public ScanRefused(String scan, String rule, String reason) {
        super("scan", scan, rule, reason);
    }
}
