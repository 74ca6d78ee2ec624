package io.lotline.catalog.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.lotline.catalog.BatchPolicy;
import io.lotline.catalog.Item;
import io.lotline.catalog.Location;
import io.lotline.catalog.Party;
import io.lotline.catalog.Site;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Items, parties, locations and sites by id and by code, and each item's current batch policy, kept in memory because
 * other capabilities look them up many times per request. They change only through the catalog, which moves the
 * catalog's revision in the same transaction (a new batch policy version moves it too; sites do not change, and a
 * code not found is not kept, so a record registered later is read when first asked for); a transaction's first read
 * here compares the revision on the database with the one its copies were read under and, if it moved (on this or
 * another instance), starts afresh with empty copies. Copies are always filled from the database after the revision
 * they belong to was read, so they are never older than it. A transaction that changed master data reads past the
 * copies, so nothing it has not committed is ever copied.
 */
@Component
class MasterDataCache {
    private static final int REMEMBERED = 100_000;

    private final MasterDataChanges changes;
    private volatile Copies current;

    MasterDataCache(MasterDataChanges changes) {
        this.changes = changes;
        this.current = new Copies(changes.revision());
    }

    /** The copies valid for the calling transaction. */
    Copies copies() {
        if (registered(Changed.class)) {
            return new Copies(-1);
        }
        if (registered(Checked.class)) {
            return current;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new Checked());
        }
        long revision = changes.revision();
        synchronized (this) {
            if (revision > current.revision()) {
                current = new Copies(revision);
            }
            return current;
        }
    }

    /** Marks the calling transaction as one that changes master data: it reads past the copies from now on. */
    void changing() {
        if (TransactionSynchronizationManager.isSynchronizationActive() && !registered(Changed.class)) {
            TransactionSynchronizationManager.registerSynchronization(new Changed());
        }
    }

    private static boolean registered(Class<? extends TransactionSynchronization> kind) {
        return TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.getSynchronizations().stream().anyMatch(kind::isInstance);
    }

    /** Master data as read under one revision of the catalog. */
    record Copies(long revision, Cache<Long, Item> items, Cache<String, Item> itemsBySku, Cache<Long, Party> parties,
                  Cache<String, Party> partiesByCode, Cache<Long, Location> locations,
                  Cache<String, Location> locationsByCode, Cache<String, Site> sites,
                  Cache<Long, Optional<BatchPolicy>> policies) {
        Copies(long revision) {
            this(revision, copy(), copy(), copy(), copy(), copy(), copy(), copy(), copy());
        }

        private static <K, V> Cache<K, V> copy() {
            return Caffeine.newBuilder().maximumSize(REMEMBERED).build();
        }

        /** What is kept under {@code key}, else what {@code read} finds, kept; a key not found is not kept. */
        static <K, V> Optional<V> remembered(Cache<K, V> copy, K key, Function<K, Optional<V>> read) {
            return Optional.ofNullable(copy.get(key, unknown -> read.apply(unknown).orElse(null)));
        }
    }

    /** The transaction has compared the revision already. */
    private static final class Checked implements TransactionSynchronization {
    }

    /** The transaction has changed master data. */
    private static final class Changed implements TransactionSynchronization {
    }
}
