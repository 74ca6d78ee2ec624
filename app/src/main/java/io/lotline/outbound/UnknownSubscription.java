package io.lotline.outbound;

import io.lotline.shared.Unknown;

/** No subscription, or none that is still active, has this id. */
public class UnknownSubscription extends Unknown {
    public UnknownSubscription(long id) {
        super("subscription", "id", id);
    }
}
