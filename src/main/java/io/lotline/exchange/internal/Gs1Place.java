package io.lotline.exchange.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The GLN of a place an EPCIS event named as SGLN (EPC URN) or GS1 Digital Link, for the spreadsheet's GLN cells. */
final class Gs1Place {
    private static final Pattern SGLN = Pattern.compile("urn:epc:id:sgln:(\\d+)\\.(\\d*)\\..*");
    private static final Pattern LINK = Pattern.compile("https?://[^?#]*/414/(\\d{13}).*");

    private Gs1Place() {
    }

    /** The 13-digit GLN, or null where the place is no GS1 location identifier. */
    static String gln(String place) {
        if (place == null) {
            return null;
        }
        Matcher link = LINK.matcher(place);
        if (link.matches()) {
            return link.group(1);
        }
        Matcher urn = SGLN.matcher(place);
        if (urn.matches() && urn.group(1).length() + urn.group(2).length() == 12) {
            String digits = urn.group(1) + urn.group(2);
            return digits + io.lotline.shared.Gln.completing(digits).value().charAt(12);
        }
        return null;
    }
}
