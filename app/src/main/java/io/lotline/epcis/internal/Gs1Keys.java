package io.lotline.epcis.internal;

import io.lotline.shared.Gln;
import io.lotline.shared.Gtin;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Sscc;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The GS1 keys inside EPCIS identifiers, written as EPC URNs or as GS1 Digital Link URIs: a lot of a trade item
 * (LGTIN), a place (SGLN, with its extension) and a party (PGLN). An identifier that holds none, or a key with a
 * wrong check digit, is not one Lotline can book on.
 */
final class Gs1Keys {
    private static final Pattern LGTIN_URN = Pattern.compile("urn:epc:class:lgtin:(\\d+)\\.(\\d+)\\.(.+)");
    private static final Pattern LGTIN_LINK = Pattern.compile("https?://[^?#]*/01/(\\d{14})/10/([^/?#]+)");
    private static final Pattern PRODUCT_URN = Pattern.compile("urn:epc:idpat:sgtin:(\\d+)\\.(\\d+)\\.\\*");
    private static final Pattern PRODUCT_LINK = Pattern.compile("https?://[^?#]*/01/(\\d{14})(?:[/?#].*)?");
    private static final Pattern CLASS_PATTERN = Pattern.compile("urn:epc:classpat:lgtin:(\\d+\\.\\d+)\\.\\*");
    private static final Pattern SGLN_URN = Pattern.compile("urn:epc:id:sgln:(\\d+)\\.(\\d*)\\.(.+)");
    private static final Pattern SGLN_LINK = Pattern.compile("https?://[^?#]*/414/(\\d{13})(?:/254/([^/?#]+))?");
    private static final Pattern SGTIN_URN = Pattern.compile("urn:epc:id:sgtin:(\\d+)\\.(\\d+)\\.(.+)");
    private static final Pattern SGTIN_LINK = Pattern.compile(
            "https?://[^?#]*/01/(\\d{14})(?:/10/([^/?#]+))?/21/([^/?#]+)");
    private static final Pattern SSCC_URN = Pattern.compile("urn:epc:id:sscc:(\\d+)\\.(\\d+)");
    private static final Pattern SSCC_LINK = Pattern.compile("https?://[^?#]*/00/(\\d{18})");
    private static final Pattern PGLN_URN = Pattern.compile("urn:epc:id:pgln:(\\d+)\\.(\\d*)");
    private static final Pattern PGLN_LINK = Pattern.compile("https?://[^?#]*/417/(\\d{13})");

    private Gs1Keys() {
    }

    /** A lot of a trade item: the GTIN and the lot number as the supplier wrote it. */
    record LotClass(Gtin gtin, String lot) {
    }

    /** A serialised unit of a trade item (SGTIN): its GTIN, its serial and, where a Digital Link names it, its lot. */
    record Instance(Gtin gtin, String serial, String lot) {
    }

    /** A physical place: its GLN and the extension that names a spot inside it, if any. */
    record PlaceKey(Gln gln, String extension) {
    }

    static Optional<LotClass> lotClass(String epcClass) {
        try {
            Matcher urn = LGTIN_URN.matcher(epcClass == null ? "" : epcClass);
            if (urn.matches() && urn.group(1).length() + urn.group(2).length() == 13) {
                String indicatorAndItem = urn.group(2);
                return Optional.of(new LotClass(Gtin.completing(indicatorAndItem.charAt(0) + urn.group(1)
                        + indicatorAndItem.substring(1)), decode(urn.group(3))));
            }
            Matcher link = LGTIN_LINK.matcher(epcClass == null ? "" : epcClass);
            if (link.matches()) {
                return Optional.of(new LotClass(new Gtin(link.group(1)), decode(link.group(2))));
            }
        } catch (InvalidInput wrongCheckDigit) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static Optional<Instance> instance(String epc) {
        try {
            Matcher urn = SGTIN_URN.matcher(epc == null ? "" : epc);
            if (urn.matches() && urn.group(1).length() + urn.group(2).length() == 13) {
                String indicatorAndItem = urn.group(2);
                return Optional.of(new Instance(Gtin.completing(indicatorAndItem.charAt(0) + urn.group(1)
                        + indicatorAndItem.substring(1)), decode(urn.group(3)), null));
            }
            Matcher link = SGTIN_LINK.matcher(epc == null ? "" : epc);
            if (link.matches()) {
                return Optional.of(new Instance(new Gtin(link.group(1)), decode(link.group(3)),
                        link.group(2) == null ? null : decode(link.group(2))));
            }
        } catch (InvalidInput wrongCheckDigit) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A class of a trade item without lot (an EPC pattern or a Digital Link of the GTIN alone): its GTIN. */
    static Optional<LotClass> product(String epcClass) {
        try {
            Matcher urn = PRODUCT_URN.matcher(epcClass == null ? "" : epcClass);
            if (urn.matches() && urn.group(1).length() + urn.group(2).length() == 13) {
                String indicatorAndItem = urn.group(2);
                return Optional.of(new LotClass(Gtin.completing(indicatorAndItem.charAt(0) + urn.group(1)
                        + indicatorAndItem.substring(1)), null));
            }
            Matcher link = PRODUCT_LINK.matcher(epcClass == null ? "" : epcClass);
            if (link.matches()) {
                return Optional.of(new LotClass(new Gtin(link.group(1)), null));
            }
        } catch (InvalidInput wrongCheckDigit) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Every lot of a trade item, as an LGTIN class pattern ({@code urn:epc:classpat:lgtin:4012345.012345.*}). */
    static Optional<LotClass> anyLotOf(String pattern) {
        Matcher classes = CLASS_PATTERN.matcher(pattern == null ? "" : pattern);
        return classes.matches() ? product("urn:epc:idpat:sgtin:" + classes.group(1) + ".*") : Optional.empty();
    }

    /** A unit (SGTIN) as EPC URN or Digital Link, or every unit of a product as an SGTIN pattern (no serial). */
    static Optional<Instance> unitOrEveryUnit(String id) {
        Optional<Instance> unit = instance(id);
        if (unit.isPresent()) {
            return unit;
        }
        Matcher pattern = PRODUCT_URN.matcher(id == null ? "" : id);
        return pattern.matches() ? product(id).map(product -> new Instance(product.gtin(), null, null))
                : Optional.empty();
    }

    static Optional<PlaceKey> place(String id) {
        try {
            Matcher urn = SGLN_URN.matcher(id == null ? "" : id);
            if (urn.matches() && urn.group(1).length() + urn.group(2).length() == 12) {
                String extension = "0".equals(urn.group(3)) ? null : decode(urn.group(3));
                return Optional.of(new PlaceKey(Gln.completing(urn.group(1) + urn.group(2)), extension));
            }
            Matcher link = SGLN_LINK.matcher(id == null ? "" : id);
            if (link.matches()) {
                return Optional.of(new PlaceKey(new Gln(link.group(1)),
                        link.group(2) == null ? null : decode(link.group(2))));
            }
        } catch (InvalidInput wrongCheckDigit) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A pallet's SSCC, from its EPC URN (extension digit first in the serial reference) or its Digital Link. */
    static Optional<Sscc> sscc(String id) {
        try {
            Matcher urn = SSCC_URN.matcher(id == null ? "" : id);
            if (urn.matches() && urn.group(1).length() + urn.group(2).length() == 17) {
                String serial = urn.group(2);
                return Optional.of(Sscc.completing(serial.charAt(0) + urn.group(1) + serial.substring(1)));
            }
            Matcher link = SSCC_LINK.matcher(id == null ? "" : id);
            if (link.matches()) {
                return Optional.of(new Sscc(link.group(1)));
            }
        } catch (InvalidInput wrongCheckDigit) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** How Lotline names an SSCC in the events it writes: a GS1 Digital Link, as the company prefix length is unknown. */
    static String link(Sscc sscc) {
        return "https://id.gs1.org/00/" + sscc.value();
    }

    static Optional<Gln> party(String id) {
        try {
            Matcher urn = PGLN_URN.matcher(id == null ? "" : id);
            if (urn.matches() && urn.group(1).length() + urn.group(2).length() == 12) {
                return Optional.of(Gln.completing(urn.group(1) + urn.group(2)));
            }
            Matcher link = PGLN_LINK.matcher(id == null ? "" : id);
            if (link.matches()) {
                return Optional.of(new Gln(link.group(1)));
            }
        } catch (InvalidInput wrongCheckDigit) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String decode(String escaped) {
        return URLDecoder.decode(escaped.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
