package io.lotline.bench.internal;

/**
 * One measured scenario: how long each run took (milliseconds), how many lots it reached, how many shipments it
 * found, against which target. For the peer comparison, {@code ratio} is the peer's median over Lotline's median on
 * the same roots. A scenario measured as a rate (A2: pick lines per second) gives its {@code throughput}; one
 * measured in a browser gives the boxes it saw drawn per run ({@code drawnNodes}).
 */
record ScenarioResult(String id, String scenario, int warmup, Percentiles millis, Percentiles lots,
                      double shipmentsP50, Double ratio, String target, Boolean met, String note,
                      Throughput throughput, Percentiles drawnNodes) {

    ScenarioResult(String id, String scenario, int warmup, Percentiles millis, Percentiles lots, double shipmentsP50,
                   Double ratio, String target, Boolean met, String note) {
        this(id, scenario, warmup, millis, lots, shipmentsP50, ratio, target, met, note, null);
    }

    ScenarioResult(String id, String scenario, int warmup, Percentiles millis, Percentiles lots, double shipmentsP50,
                   Double ratio, String target, Boolean met, String note, Throughput throughput) {
        this(id, scenario, warmup, millis, lots, shipmentsP50, ratio, target, met, note, throughput, null);
    }

    /** A scenario none of whose runs finished (its warm-up took the whole time cap) met nothing: it was not measured. */
    ScenarioResult {
        boolean nothingDone = millis.runs() == 0 && (throughput == null || throughput.count() == 0);
        if (nothingDone && met != null) {
            met = null;
            String why = "not measured: no run finished within the time cap (--cap-seconds)";
            note = note == null || note.isBlank() ? why : why + "; " + note;
        }
    }

    /** So many of something done in so many seconds, all clients together. */
    record Throughput(long count, String of, double seconds, double perSecond) {
        static Throughput of(long count, String of, double seconds) {
            return new Throughput(count, of, seconds, count / Math.max(1e-9, seconds));
        }
    }
}
