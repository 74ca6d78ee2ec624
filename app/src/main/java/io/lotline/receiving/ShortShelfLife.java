package io.lotline.receiving;

import io.lotline.shared.Refused;

/** A delivery with too little shelf life left; quality may accept it with a reason. */
public class ShortShelfLife extends Refused {
    public ShortShelfLife(String field, Object expiry, String reason) {
        super(field, expiry, "min-remaining-shelf-life-at-receipt", reason);
    }
}
