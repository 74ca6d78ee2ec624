package io.lotline.outbound.internal;

import io.lotline.identity.CurrentActor;
import io.lotline.outbound.DeliveryAttempt;
import io.lotline.outbound.NewSubscription;
import io.lotline.outbound.Subscription;
import io.lotline.outbound.Subscriptions;
import io.lotline.outbound.UnknownSubscription;
import io.lotline.shared.InvalidInput;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class SubscriptionService implements Subscriptions {
    static final int MAX_DELIVERIES = 1000;
    private final SubscriptionRows rows;
    private final CurrentActor actor;
    private final Clock clock;

    SubscriptionService(SubscriptionRows rows, CurrentActor actor, Clock clock) {
        this.rows = rows;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Subscription subscribe(NewSubscription subscription) {
        long id = rows.insert(subscription, actor.current().username(), clock.instant());
        return rows.active(id).orElseThrow();
    }

    @Override
    public List<Subscription> all() {
        return rows.active();
    }

    @Override
    @Transactional
    public void cancel(long id) {
        if (!rows.cancel(id, clock.instant())) {
            throw new UnknownSubscription(id);
        }
    }

    @Override
    public List<DeliveryAttempt> deliveries(long id, int limit) {
        if (limit < 1 || limit > MAX_DELIVERIES) {
            throw new InvalidInput("limit", limit, "deliveries-limit", "Ask for 1 to " + MAX_DELIVERIES
                    + " deliveries");
        }
        if (!rows.exists(id)) {
            throw new UnknownSubscription(id);
        }
        return rows.deliveries(id, limit);
    }
}
