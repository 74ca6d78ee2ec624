package io.lotline.bench.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * S1, start-up to serving: a web instance of Lotline started on the loaded database, as the {@code http} family starts
 * one, timed from the start of its application context until its readiness probe ({@code /actuator/health/readiness},
 * what a load balancer asks) answers UP; then stopped, a few times. The instances start in the bench's JVM, whose own
 * context has already loaded most of the application's classes, so the first start is the nearest to a fresh process
 * and a fresh {@code java -jar} pays the class loading on top.
 */
@Component
class StartupRuns {
    static final String READINESS = "/actuator/health/readiness";
    private static final Duration GIVE_UP = Duration.ofMinutes(5);

    private final Environment environment;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    StartupRuns(Environment environment) {
        this.environment = environment;
    }

    ScenarioResult measure(BenchOptions options) throws InterruptedException {
        double[] ready = new double[options.startups()];
        double[] started = new double[options.startups()];
        for (int run = 0; run < ready.length; run++) {
            long begun = System.nanoTime();
            try (WebInstances web = WebInstances.start(1, options.instancePool(), environment)) {
                started[run] = (System.nanoTime() - begun) / 1e6;
                awaitReady(web.base(0) + READINESS, begun);
                ready[run] = (System.nanoTime() - begun) / 1e6;
            }
        }
        Percentiles millis = Percentiles.of(ready);
        return new ScenarioResult("S1", "start-up to serving: a web instance on the loaded database, from its context's "
                + "start until the readiness probe answers UP", 0, millis, Percentiles.of(new double[0]), 0, null,
                "<= 10 s with the S network, every run", millis.max() <= 10_000, String.format(
                "first start %,.0f ms (the context started in %,.0f ms); context started p50 %,.0f ms; in the bench's "
                        + "JVM, its classes already loaded", ready[0], started[0], Percentiles.of(started).p50()));
    }

    /**
     * Asks the probe, one request at a time, until it answers 200 (UP); a refused connection or a 503 (not ready yet)
     * is asked again. Each request may take as long as the start may, so that no request is sent while another waits.
     */
    private void awaitReady(String probe, long begun) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(probe)).timeout(GIVE_UP).GET().build();
        String last = "no answer";
        while (System.nanoTime() - begun < GIVE_UP.toNanos()) {
            try {
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return;
                }
                last = answer.statusCode() + " " + answer.body();
            } catch (IOException notListening) {
                last = notListening.toString();
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("No instance answered " + probe + " with UP within " + GIVE_UP + "; last: "
                + last);
    }
}
