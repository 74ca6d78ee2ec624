package io.lotline.receiving;

import io.lotline.shared.Code;
import io.lotline.shared.FreeText;
import io.lotline.shared.Gln;
import io.lotline.shared.InvalidInput;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Who assigned a received lot's traceability lot code, when that is not the supplier who delivered it: a distributor
 * delivers a farm's lot, and the farm is the source (21 CFR 1.1345(a)(7)). Named as a registered supplier
 * ({@code party}, whose name, address and phone are then printed) and/or by a reference instead of the location
 * description (21 CFR 1.1310): a GLN, an FDA Food Facility Registration Number (FFRN, 11 digits) or a URL.
 */
public record TlcSource(@Code String party, @Code String referenceType, @FreeText String reference) {
    public TlcSource {
        party = party == null || party.isBlank() ? null : party.trim();
        reference = reference == null || reference.isBlank() ? null : reference.trim();
        if (party == null && reference == null) {
            throw new InvalidInput("tlcSource", null, "party-or-reference",
                    "Name the traceability lot code source as a registered party or by a GLN, FFRN or URL");
        }
        if (reference != null) {
            referenceType = referenceType == null ? null : referenceType.trim().toUpperCase();
            check(referenceType, reference);
        } else if (referenceType != null) {
            throw new InvalidInput("reference", null, "reference-required",
                    "A reference type needs the reference");
        }
    }

    private static void check(String type, String reference) {
        if (type == null) {
            throw new InvalidInput("referenceType", null, "reference-type",
                    "Say what the reference is: GLN, FFRN (FDA Food Facility Registration Number) or URL");
        }
        switch (type) {
            case "GLN" -> gln(reference);
            case "FFRN" -> {
                if (!reference.matches("[0-9]{11}")) {
                    throw new InvalidInput("reference", reference, "ffrn-format",
                            "An FDA Food Facility Registration Number has 11 digits");
                }
            }
            case "URL" -> url(reference);
            default -> throw new InvalidInput("referenceType", type, "reference-type",
                    "A traceability lot code source reference is a GLN, an FFRN or a URL");
        }
    }

    private static void gln(String reference) {
        try {
            new Gln(reference);
        } catch (InvalidInput wrong) {
            throw new InvalidInput("reference", reference, wrong.rule(), wrong.getMessage());
        }
    }

    private static void url(String reference) {
        try {
            URI uri = new URI(reference);
            if (uri.getHost() == null || !("https".equalsIgnoreCase(uri.getScheme())
                    || "http".equalsIgnoreCase(uri.getScheme())) || reference.length() > 200) {
                throw new URISyntaxException(reference, "not a web address");
            }
        } catch (URISyntaxException e) {
            throw new InvalidInput("reference", reference, "url-format",
                    "A URL reference is a web address of at most 200 characters (https://farm.example/lots)");
        }
    }
}
