package io.lotline.recall.internal;

import io.lotline.ledger.RecallRework;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the recalls' signed rework dispositions allow, read from the database in the caller's transaction. */
@Component
@Transactional(readOnly = true)
class RecallReworks implements RecallRework {
    private final RecallRecords records;

    RecallReworks(RecallRecords records) {
        this.records = records;
    }

    @Override
    public boolean permits(String recall, long lotId, String productionOrder) {
        return records.reworks(recall, lotId, productionOrder);
    }

    @Override
    public Optional<String> reworkedUnder(String productionOrder) {
        List<String> recalls = records.reworkingInto(productionOrder);
        return recalls.isEmpty() ? Optional.empty() : Optional.of(recalls.get(0));
    }
}
