package io.lotline.ledger;

import io.lotline.lots.Lot;
import io.lotline.shared.Quantity;
import java.util.List;

/** Everything about one lot: its header and status, where every unit is now, and everything that ever happened. */
public record LotDossier(Lot lot, String description, Quantity onHand, List<Balance> balances, List<Entry> history) {
}
