package io.lotline.outbound.web;

import io.lotline.identity.Access;
import io.lotline.outbound.DeliveryAttempt;
import io.lotline.outbound.NewSubscription;
import io.lotline.outbound.Subscription;
import io.lotline.outbound.Subscriptions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Subscriptions of partners and other systems to outbound events, and the log of what was delivered to them. */
@RestController
@RequestMapping("/api/v1/subscriptions")
@Tag(name = "Outbound events")
class SubscriptionsController {
    private final Subscriptions subscriptions;

    SubscriptionsController(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.SUBSCRIPTIONS)
    @Operation(summary = "Subscribe a webhook to bookings, status changes and recalls, by type, step, item or lot")
    Subscription subscribe(@RequestBody @Valid NewSubscription subscription) {
        return subscriptions.subscribe(subscription);
    }

    @GetMapping
    @PreAuthorize(Access.SUBSCRIPTIONS)
    List<Subscription> all() {
        return subscriptions.all();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Access.SUBSCRIPTIONS)
    void cancel(@PathVariable long id) {
        subscriptions.cancel(id);
    }

    @GetMapping("/{id}/deliveries")
    @PreAuthorize(Access.SUBSCRIPTIONS)
    @Operation(summary = "Every attempt to deliver to the subscription, newest first")
    List<DeliveryAttempt> deliveries(@PathVariable long id, @RequestParam(defaultValue = "100") int limit) {
        return subscriptions.deliveries(id, limit);
    }
}
