package io.lotline.picking;

import java.time.Instant;
import java.time.LocalDate;

/** An order in a list: enough to choose the next one to pick. */
public record OrderSummary(String code, String customer, LocalDate shipDate, OrderStatus status, int lines,
                           Instant createdAt) {
}
