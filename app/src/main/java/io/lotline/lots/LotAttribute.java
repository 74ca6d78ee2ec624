package io.lotline.lots;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fixed lot attributes that may be corrected after confirmation, each correction an entry with a reason. The
 * attributes a batch policy names are corrected the same way.
 */
public enum LotAttribute {
    EXPIRY_DATE, PRODUCTION_DATE, SUPPLIER_LOT;

    /**
     * The fixed attribute with this name, if it is one; other names are the batch policy's attributes, which start
     * with a lower-case letter and so never collide with these.
     */
    public static Optional<LotAttribute> named(String name) {
        return Arrays.stream(values()).filter(attribute -> attribute.name().equals(name)).findFirst();
    }
}
