package io.lotline.expiry;

import java.time.Instant;

/** Who took an alert on, when, and what they said will happen: sell first, mark down, dispose. */
public record Acknowledgement(String by, Instant at, String comment) {
}
