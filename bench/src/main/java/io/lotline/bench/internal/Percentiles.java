package io.lotline.bench.internal;

import java.util.Arrays;

/** The spread of a measurement over its runs: median, 99th percentile (nearest rank), maximum and mean. */
record Percentiles(int runs, double p50, double p99, double max, double mean) {

    static Percentiles of(double[] values) {
        if (values.length == 0) {
            return new Percentiles(0, 0, 0, 0, 0);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, rank(sorted, 0.50), rank(sorted, 0.99), sorted[sorted.length - 1],
                Arrays.stream(sorted).average().orElse(0));
    }

    static Percentiles of(int[] values) {
        return of(Arrays.stream(values).asDoubleStream().toArray());
    }

    private static double rank(double[] sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
