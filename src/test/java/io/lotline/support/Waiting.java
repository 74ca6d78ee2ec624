package io.lotline.support;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a test of two clients waits for: the other client's signal, or a transaction waiting for a lock. */
public final class Waiting {
    private Waiting() {
    }

    public static void until(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("Gave up waiting for the other client");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }

    /** Returns once some transaction of the test database waits for a lock another one holds. */
    public static void untilATransactionWaitsForALock(JdbcClient jdbc) throws InterruptedException {
        String waiting = TestDatabase.isPostgres()
                ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()"
                : "select count(*) from information_schema.sessions where blocker_id is not null";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (jdbc.sql(waiting).query(Long.class).single() == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The second client never waited for the first one's lock");
            }
            Thread.sleep(20);
        }
    }
}
