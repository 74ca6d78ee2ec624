package io.lotline.bench.internal;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The Java heap as the JVM's management beans report it: what is used after a full collection (what the run keeps),
 * the largest the heap may grow, and the peak used since the process started (garbage not yet collected included).
 * The peak is the sum of each heap pool's own peak, so it is an upper bound of the heap's peak.
 */
final class Heap {
    private Heap() {
    }

    /** The heap's figures at one moment: used after a full collection, the maximum, the peak since the start. */
    record Figures(long usedAfterFullGcBytes, long maxBytes, long peakUsedBytes) {
        static Figures now() {
            return new Figures(usedAfterFullGc(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax(),
                    peakUsed());
        }
    }

    /** Asks for a full collection ({@code System.gc()}), then reads what the heap still holds. */
    static long usedAfterFullGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static long peakUsed() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    static String megabytes(long bytes) {
        return String.format("%,.0f MB", bytes / 1e6);
    }

    /**
     * Watches the collections while work runs: the most the heap held right after any collection (what the work kept
     * reachable, plus old garbage not yet collected), and how many collections there were.
     */
    static final class AfterCollections implements NotificationListener, AutoCloseable {
        private final AtomicLong most = new AtomicLong();
        private final AtomicLong collections = new AtomicLong();
        private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());

        AfterCollections() {
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (collector instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(this, null, null);
                }
            }
        }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(pool -> heapPools.contains(pool.getKey()))
                        .mapToLong(pool -> pool.getValue().getUsed()).sum();
                most.accumulateAndGet(used, Math::max);
                collections.incrementAndGet();
            }
        }

        long mostUsedBytes() {
            return most.get();
        }

        long collections() {
            return collections.get();
        }

        @Override
        public void close() {
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (collector instanceof NotificationEmitter emitter) {
                    try {
                        emitter.removeNotificationListener(this);
                    } catch (ListenerNotFoundException notAdded) {
                        // nothing to remove
                    }
                }
            }
        }
    }
}
