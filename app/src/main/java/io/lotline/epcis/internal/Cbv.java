package io.lotline.epcis.internal;

import java.util.List;

/**
 * The Core Business Vocabulary's standard values are written three ways: bare in JSON ({@code receiving}), as a
 * URN ({@code urn:epcglobal:cbv:bizstep:receiving}) in XML, and as a web URI
 * ({@code https://ref.gs1.org/cbv/BizStep-receiving}). Lotline keeps the bare name, so that one query finds them all;
 * a custom value (any other URI) is kept as it is.
 */
final class Cbv {
    private static final List<String> PREFIXES = List.of("urn:epcglobal:cbv:bizstep:", "urn:epcglobal:cbv:disp:",
            "urn:epcglobal:cbv:btt:", "urn:epcglobal:cbv:sdt:", "urn:epcglobal:cbv:er:",
            "https://ref.gs1.org/cbv/BizStep-", "https://ref.gs1.org/cbv/Disp-", "https://ref.gs1.org/cbv/BTT-",
            "https://ref.gs1.org/cbv/SDT-", "https://ref.gs1.org/cbv/ER-");

    private Cbv() {
    }

    static String bare(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        for (String prefix : PREFIXES) {
            if (text.startsWith(prefix)) {
                return text.substring(prefix.length());
            }
        }
        return text;
    }
}
