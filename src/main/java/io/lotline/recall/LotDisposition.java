package io.lotline.recall;

import io.lotline.ledger.Entry;
import io.lotline.lots.LotStatus;
import io.lotline.recall.RecallCommands.Disposition;
import java.util.List;

/** What a recall's disposition did to a lot: the lot's status after it, and the entries it booked. */
public record LotDisposition(String recall, String lotNumber, Disposition disposition, LotStatus status,
                             String signedBy, List<Entry> entries) {
    public LotDisposition {
        entries = List.copyOf(entries);
    }
}
