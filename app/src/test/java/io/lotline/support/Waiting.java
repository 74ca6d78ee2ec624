package io.lotline.support;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** What a test of two clients waits for: the other client's signal, or a transaction waiting for a lock. */
public final class Waiting {
    private Waiting() {
    }

    /** What each of two clients answered. */
    public record Both<F, S>(F first, S second) {
    }

    /**
     * Runs {@code first} in a transaction that it holds open where it calls the {@link Runnable} it is given, until
     * {@code second}, started then by another client, waits for a lock; then lets both finish.
     */
    public static <F, S> Both<F, S> whileHeldOpen(TransactionTemplate transaction, JdbcClient jdbc,
                                                  Function<Runnable, F> first, Callable<S> second) throws Exception {
        CountDownLatch open = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            Future<F> holding = clients.submit(() -> transaction.execute(status -> first.apply(() -> {
                open.countDown();
                until(goOn);
            })));
            until(open);
            Future<S> waiting = clients.submit(second);
            untilATransactionWaitsForALock(jdbc);
            goOn.countDown();
            return new Both<>(holding.get(60, TimeUnit.SECONDS), waiting.get(60, TimeUnit.SECONDS));
        } finally {
            goOn.countDown();
            clients.shutdownNow();
        }
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
        untilTransactionsWaitForALock(jdbc, 1);
    }

    /** Returns once {@code count} transactions of the test database wait for locks others hold. */
    public static void untilTransactionsWaitForALock(JdbcClient jdbc, int count) throws InterruptedException {
        String waiting = TestDatabase.isPostgres()
                ? "select count(*) from pg_stat_activity"
                        + " where wait_event_type = 'Lock' and datname = current_database()"
                : "select count(*) from information_schema.sessions where blocker_id is not null";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (jdbc.sql(waiting).query(Long.class).single() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Fewer than " + count + " clients ever waited for a lock at once");
            }
            Thread.sleep(20);
        }
    }
}
