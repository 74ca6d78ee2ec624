package io.lotline.bench.internal;

import io.lotline.bench.internal.BenchClient.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

/**
 * Client threads working at the same time: the work is dealt round, unit {@code n} to client {@code n % clients}, and
 * every client starts at the same moment. A unit of work may send several requests (a receipt, then a transfer of the
 * lot received); each request's time counts, and an answer other than 2xx or no answer counts as a failure.
 */
final class Clients {
    private Clients() {
    }

    /**
     * What the clients did: each answered request's milliseconds, the requests that failed (answered other than 2xx,
     * or not at all) and the first of them, and the wall time from the start to the last client's end.
     */
    record Together(double[] millis, int requests, int failed, String firstFailure, double seconds) {
        double perSecond() {
            return requests / Math.max(1e-9, seconds);
        }

        String failures() {
            return failed == 0 ? "no request failed" : failed + " requests failed (first: " + firstFailure + ")";
        }
    }

    static Together run(int clients, int units, IntFunction<List<Answer>> work) throws InterruptedException {
        return run(clients, units, work, () -> false);
    }

    /** As {@link #run(int, int, IntFunction)}, but every client stops early once {@code stop} says so. */
    static Together run(int clients, int units, IntFunction<List<Answer>> work, BooleanSupplier stop)
            throws InterruptedException {
        ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<String> first = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int own = client;
                running.add(pool.submit(() -> {
                    start.await();
                    for (int n = own; n < units && !stop.getAsBoolean(); n += clients) {
                        try {
                            for (Answer answer : work.apply(n)) {
                                millis.add(answer.millis());
                                if (!answer.ok()) {
                                    failed.incrementAndGet();
                                    first.compareAndSet(null, answer.status() + " " + abbreviate(answer.text()));
                                }
                            }
                        } catch (RuntimeException noAnswer) {
                            failed.incrementAndGet();
                            first.compareAndSet(null, abbreviate(String.valueOf(noAnswer.getMessage())));
                        }
                    }
                    return null;
                }));
            }
            long started = System.nanoTime();
            start.countDown();
            for (Future<?> client : running) {
                client.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double[] all = millis.stream().mapToDouble(Double::doubleValue).toArray();
            return new Together(all, all.length, failed.get(),
                    first.get(), seconds);
        } catch (ExecutionException stopped) {
            throw new IllegalStateException("A client stopped", stopped.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
