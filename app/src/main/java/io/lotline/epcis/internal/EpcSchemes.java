package io.lotline.epcis.internal;

import io.lotline.epcis.EventError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The EPC schemes of GS1's Tag Data Standard: an identifier in the {@code urn:epc:} namespace with a scheme the
 * standard does not define ({@code urn:epc:id:sgtn:…}) names nothing a partner could look up, so the document is
 * refused rather than kept with an identifier nobody will ever match. Other URIs (Digital Links, a company's own
 * URNs) are not EPC URNs and are kept as they came.
 */
final class EpcSchemes {
    static final Set<String> INSTANCE = Set.of("sgtin", "sscc", "sgln", "grai", "giai", "gsrn", "gsrnp", "gdti",
            "cpi", "sgcn", "ginc", "gsin", "itip", "upui", "pgln", "gid", "usdod", "adi", "bic", "imovn");
    static final Set<String> CLASS = Set.of("lgtin");
    private static final Pattern EPC_URN = Pattern.compile("(?i)urn:epc:(id|idpat|class):([^:]*):.*");

    private EpcSchemes() {
    }

    /** The identifiers of the event whose EPC scheme the Tag Data Standard does not define. */
    static List<EventError> unknown(CapturedEvent event) {
        List<EventError> errors = new ArrayList<>();
        for (CapturedEvent.Identifier identifier : event.identifiers()) {
            Matcher urn = EPC_URN.matcher(identifier.value());
            if (urn.matches() && !known(urn.group(1).toLowerCase(), urn.group(2))) {
                errors.add(new EventError(event.index(), event.eventId(), "identifier", "The identifier "
                        + identifier.value() + " has the EPC scheme '" + urn.group(2) + "', which the Tag Data"
                        + " Standard does not define"));
            }
        }
        return errors;
    }

    private static boolean known(String namespace, String scheme) {
        return "class".equals(namespace) ? CLASS.contains(scheme) : INSTANCE.contains(scheme);
    }
}
