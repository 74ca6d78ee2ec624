package io.lotline.ledger;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link BookingContext} parameter of an endpoint: the booking may be reported late, so the request may say when
 * it happened on the floor ({@code occurredAt}). Without it the booking happens when it is booked.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ReportedLate {
}
