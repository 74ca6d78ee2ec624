package io.lotline.production;

import io.lotline.ledger.Entry;
import io.lotline.lots.LotStatus;
import io.lotline.shared.Quantity;
import java.time.LocalDate;
import java.util.List;

/** The lots a booking made, and all the entries it appended (consumption and output). */
public record ProducedLots(String productionOrder, List<Made> lots, List<Entry> entries) {
    public ProducedLots {
        lots = List.copyOf(lots);
        entries = List.copyOf(entries);
    }

    /** One lot made. */
    public record Made(String lotNumber, String sku, Quantity quantity, String location, String pallet,
                       LotStatus status, LocalDate productionDate, LocalDate expiryDate, long entryId) {
    }
}
