package io.lotline.expiry.internal;

import io.lotline.expiry.AlertEvent.Outcome;

/** How one attempt to reach a recipient went, with what the history should say about it. */
record Delivery(Outcome outcome, String detail) {

    static Delivery sent(String detail) {
        return new Delivery(Outcome.SENT, detail);
    }

    static Delivery failed(String detail) {
        return new Delivery(Outcome.FAILED, detail);
    }

    static Delivery skipped(String detail) {
        return new Delivery(Outcome.SKIPPED, detail);
    }
}
