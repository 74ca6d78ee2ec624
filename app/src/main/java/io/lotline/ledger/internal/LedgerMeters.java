package io.lotline.ledger.internal;

import io.lotline.ledger.EntryType;
import io.lotline.ledger.Posting;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@code lotline.bookings}: ledger entries booked, by kind (receipt, transfer, shipment, ...). Counted once the
 * booking's transaction has committed, so a refused or rolled-back booking is not counted. Each instance counts
 * its own bookings; Prometheus adds them up over the instances.
 */
@Component
class LedgerMeters {
    private final Map<EntryType, Counter> bookings = new EnumMap<>(EntryType.class);

    LedgerMeters(MeterRegistry registry) {
        for (EntryType type : EntryType.values()) {
            bookings.put(type, Counter.builder("lotline.bookings")
                    .description("Ledger entries booked, by kind")
                    .tag("kind", type.name().toLowerCase(Locale.ROOT))
                    .register(registry));
        }
    }

    void booked(List<Posting> postings) {
        Map<EntryType, Long> byKind = postings.stream()
                .collect(Collectors.groupingBy(Posting::type, () -> new EnumMap<>(EntryType.class),
                        Collectors.counting()));
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            count(byKind);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                count(byKind);
            }
        });
    }

    private void count(Map<EntryType, Long> byKind) {
        byKind.forEach((type, entries) -> bookings.get(type).increment(entries));
    }
}
