package io.lotline.bench.internal;

import io.lotline.epcis.CaptureReport;
import io.lotline.epcis.DocumentFormat;
import io.lotline.epcis.Epcis;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * I3 in process: partners' documents of 1,000 events captured one after another through the same call the capture
 * endpoint makes (read as a stream, checked against the schema, stored, one transaction per document), without
 * HTTP. The documents are generated before the clock starts; the first {@code warmup} are captured before it. The
 * bench measures it twice, the second time with new documents once the capture's code has been compiled (HotSpot
 * compiles it during the first minute or two after a start, on the same two cores), then a third time with two
 * partners sending at the same moment.
 */
@Component
class EpcisCaptureRate {
    static final double TARGET = 10_000;
    private final Epcis epcis;

    EpcisCaptureRate(Epcis epcis) {
        this.epcis = epcis;
    }

    /** {@code when} says which pass this is ("first after the start", "the same again"). */
    ScenarioResult measure(int documents, int events, int warmup, long seed, String when) {
        return measure(documents, events, warmup, seed, when, 1);
    }

    /**
     * With {@code partners} greater than one, that many callers capture at the same time, each its next document,
     * as partners whose systems send at the same moment.
     */
    ScenarioResult measure(int documents, int events, int warmup, long seed, String when, int partners) {
        SplittableRandom random = new SplittableRandom(seed);
        List<byte[]> bodies = new ArrayList<>();
        for (int d = 0; d < warmup + documents; d++) {
            bodies.add(PartnerDocuments.document(events, random).getBytes(StandardCharsets.UTF_8));
        }
        bodies.subList(0, warmup).forEach(this::capture);
        double[] millis = new double[documents];
        AtomicInteger next = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(partners);
        long started = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int p = 0; p < partners; p++) {
                running.add(callers.submit(() -> {
                    for (int d = next.getAndIncrement(); d < documents; d = next.getAndIncrement()) {
                        long one = System.nanoTime();
                        CaptureReport report = capture(bodies.get(warmup + d));
                        if (report.captured() != events) {
                            throw new IllegalStateException("Document " + d + " captured " + report.captured()
                                    + " of " + events);
                        }
                        millis[d] = (System.nanoTime() - one) / 1e6;
                    }
                    return null;
                }));
            }
            for (Future<?> caller : running) {
                caller.get();
            }
        } catch (InterruptedException | ExecutionException failed) {
            throw new IllegalStateException("EPCIS capture failed", failed);
        } finally {
            callers.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        ScenarioResult.Throughput rate = ScenarioResult.Throughput.of((long) documents * events, "events", seconds);
        String scenario = String.format("EPCIS capture in process: %d documents of %,d partner events"
                + " (JSON-LD, schema-checked, stored; millis per document), %s", documents, events, when);
        return new ScenarioResult("I3", scenario, warmup,
                Percentiles.of(millis), Percentiles.of(new double[0]), 0, null, "≥ 10,000 events/s",
                rate.perSecond() >= TARGET, String.format("%,.0f events/s", rate.perSecond()), rate);
    }

    private CaptureReport capture(byte[] document) {
        return epcis.capture(new ByteArrayInputStream(document), DocumentFormat.JSON);
    }
}
