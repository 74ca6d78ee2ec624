package io.lotline.bench.internal;

/**
 * One measured scenario: how long each run took (milliseconds), how many lots it reached, how many shipments it
 * found, against which target. For the peer comparison, {@code ratio} is the peer's median over Lotline's median on
 * the same roots.
 */
record ScenarioResult(String id, String scenario, int warmup, Percentiles millis, Percentiles lots,
                      double shipmentsP50, Double ratio, String target, Boolean met, String note) {
}
