package io.lotline.recall;

import io.lotline.ledger.Entry;
import io.lotline.lots.LotStatus;
import io.lotline.recall.RecallCommands.Disposition;
import java.util.List;

/**
 * What a recall's disposition did to a lot: the lot's status after it, the entries it booked, and for a rework the
 * production order that may consume the lot.
 */
public record LotDisposition(String recall, String lotNumber, Disposition disposition, LotStatus status,
                             String signedBy, List<Entry> entries, String productionOrder) {
    public LotDisposition {
        entries = List.copyOf(entries);
    }
}
