package io.lotline.ledger;

import java.math.BigDecimal;

/**
 * A stock balance that is not what the entries say: what the entries put at the place less what they took from it
 * ({@code expected}) and what the balance row holds ({@code found}, zero when the row is missing), in base units.
 */
public record BalanceDifference(String lotNumber, String location, String pallet, String unit, BigDecimal expected,
                                BigDecimal found) {
}
