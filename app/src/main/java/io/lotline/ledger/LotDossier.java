package io.lotline.ledger;

import io.lotline.lots.Lot;
import io.lotline.shared.Quantity;
import java.util.List;

/** Everything about one lot: its header and status, where every unit is now, and everything that ever happened. */
public record LotDossier(Lot lot, String description, Quantity onHand, List<Balance> balances, List<Entry> history) {

    /**
     * The dossier as a role without trace access sees it: every movement, but neither the supplier of the lot nor
     * the supplier or customer of any entry.
     */
    public LotDossier withoutSupplyChain() {
        Lot anonymous = new Lot(lot.id(), lot.number(), lot.itemId(), lot.sku(), lot.origin(), lot.supplierLot(), null,
                lot.purchaseOrder(), lot.productionDate(), lot.expiryDate(), lot.status(), lot.createdAt(),
                lot.createdBy(), lot.certificates(), lot.heldByRecall(), lot.attributes(), lot.batchPolicyId(),
                lot.batchPolicyVersion());
        return new LotDossier(anonymous, description, onHand, balances,
                history.stream().map(Entry::withoutParty).toList());
    }
}
