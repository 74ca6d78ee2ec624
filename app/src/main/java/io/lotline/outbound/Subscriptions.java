package io.lotline.outbound;

import java.util.List;

/** Subscriptions to outbound events, and the log of their deliveries. */
public interface Subscriptions {

    Subscription subscribe(NewSubscription subscription);

    /** The active subscriptions, oldest first. */
    List<Subscription> all();

    /** Ends the subscription: nothing more is sent to it, and what was still waiting is dropped; its log stays. */
    void cancel(long id);

    /** Every attempt to deliver to this subscription, newest first, at most {@code limit}. */
    List<DeliveryAttempt> deliveries(long id, int limit);
}
