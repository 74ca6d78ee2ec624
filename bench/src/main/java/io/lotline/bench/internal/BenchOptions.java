package io.lotline.bench.internal;

import io.lotline.shared.InvalidInput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.boot.ApplicationArguments;

/**
 * What to build and how to measure. {@code --size}: {@code tiny} (3,000 lots, for tests), {@code S} (100,000 lots,
 * 1M entries), {@code M} (2M lots, 20M entries; PostgreSQL) or a number of lots; ten entries per lot. {@code --reuse}:
 * measure a network an earlier run loaded (its prefix, e.g. {@code BR1}, with the same size, shapes and seed)
 * instead of loading a new one. {@code --scenarios}: the families to measure, {@code trace} (T1-T4), {@code recall}
 * (R1, R2), {@code picking} (A1, A2) and {@code ingest} (I1), all by default; {@code http} (over HTTP) and
 * {@code epcis} (I3, EPCIS capture in process) on demand. {@code --pick-lines}: the order lines A2
 * allocates; {@code --balances}: the balance rows the table holds at least before A1 (topped up with other items'
 * stock; by default the run's entries, at most 1M). {@code --allocation-warmup}: the allocations A1 makes before it
 * measures. One costs about a millisecond, a thousand times less than a trace root, and much of its code runs once
 * per allocation, so it takes thousands of them before the JIT compiles that code fully (HotSpot's last tier waits
 * for about 5,000 calls of a method) as it is in a server that allocates all day; 5,000 by default, about half a
 * minute with the orders entered and cancelled.
 *
 * <p>The {@code http} family ({@link HttpScenarios}) is measured only when asked for: {@code --clients} (16) client
 * threads, {@code --instances} (1 or 2) web servers on the database, {@code --requests} (20,000) lot dossiers read and
 * {@code --bookings} (10,000) receipts and transfers booked; {@code --instance-pool} the database connections of each
 * instance (by default as many as the bench's own pool).
 *
 * <p>The {@code screens} family ({@link ScreenScenarios}) is measured only when asked for, in headless Chromium:
 * {@code --chromium} and {@code --chromedriver} name the browser and its driver (Debian's by default). The
 * {@code startup} family (S1, {@link StartupRuns}) is measured only when asked for too: {@code --startups} (3) times a
 * web instance is started on the loaded database and stopped again.
 */
record BenchOptions(String size, long lots, List<Shape> shapes, long seed, int roots, int warmup, int peerRoots,
                    int capSeconds, int peerCapSeconds, int batchEntries, long ingestEntries, Path out,
                    String reuse, List<String> scenarios, int pickLines, long balances, int allocationWarmup,
                    int clients, int instances, int requests, int bookings, Integer instancePool,
                    Path chromium, Path chromedriver, int startups) {
    static final int ENTRIES_PER_LOT = 10;
    static final List<String> FAMILIES = List.of("trace", "recall", "picking", "ingest", "http", "epcis",
            "screens", "startup");
    /**
     * The families a run measures unless told: {@code http}, {@code screens} and {@code startup} start web servers
     * (and a browser), so they are asked for by name.
     */
    static final List<String> DEFAULT_FAMILIES = FAMILIES.subList(0, 4);

    static BenchOptions parse(ApplicationArguments args) {
        String size = option(args, "size", "S", Function.identity());
        long lots = lots(size);
        return new BenchOptions(size.toUpperCase(Locale.ROOT), lots,
                option(args, "shapes", List.of(Shape.values()), BenchOptions::shapes),
                option(args, "seed", 20261121L, Long::parseLong),
                option(args, "roots", 200, Integer::parseInt),
                option(args, "warmup", 50, Integer::parseInt),
                option(args, "peer-roots", 20, Integer::parseInt),
                option(args, "cap-seconds", 300, Integer::parseInt),
                option(args, "peer-cap-seconds", 120, Integer::parseInt),
                option(args, "batch", 50_000, Integer::parseInt),
                option(args, "ingest", Math.min(1_000_000, Math.max(20_000, lots)), Long::parseLong),
                option(args, "out", null, Path::of),
                option(args, "reuse", null, Function.identity()),
                option(args, "scenarios", DEFAULT_FAMILIES, BenchOptions::families),
                option(args, "pick-lines", 4_000, Integer::parseInt),
                option(args, "balances", Math.min(1_000_000, lots * ENTRIES_PER_LOT), Long::parseLong),
                option(args, "allocation-warmup", 5_000, Integer::parseInt),
                positive("clients", option(args, "clients", 16, Integer::parseInt), 256),
                positive("instances", option(args, "instances", 1, Integer::parseInt), 2),
                positive("requests", option(args, "requests", 20_000, Integer::parseInt), Integer.MAX_VALUE),
                positive("bookings", option(args, "bookings", 10_000, Integer::parseInt), Integer.MAX_VALUE),
                option(args, "instance-pool", null, pool -> positive("instance-pool", Integer.parseInt(pool), 200)),
                option(args, "chromium", Path.of("/usr/bin/chromium"), Path::of),
                option(args, "chromedriver", Path.of("/usr/bin/chromedriver"), Path::of),
                positive("startups", option(args, "startups", 3, Integer::parseInt), 100));
    }

    private static int positive(String name, int value, int max) {
        if (value < 1 || value > max) {
            throw new InvalidInput(name, value, "bench-range", "--" + name + " is from 1 to " + max);
        }
        return value;
    }

    boolean runs(String family) {
        return scenarios.contains(family);
    }

    long entries() {
        return lots * ENTRIES_PER_LOT;
    }

    static long lots(String size) {
        switch (size.toUpperCase(Locale.ROOT)) {
            case "TINY":
                return 3_000;
            case "S":
                return 100_000;
            case "M":
                return 2_000_000;
            default:
                try {
                    return Long.parseLong(size.replace("_", ""));
                } catch (NumberFormatException notANumber) {
                    throw new InvalidInput("size", size, "bench-size", "A size is tiny, S, M or a number of lots");
                }
        }
    }

    private static List<Shape> shapes(String list) {
        List<Shape> shapes = new ArrayList<>();
        for (String code : list.split(",")) {
            Shape shape = Shape.valueOf(code.trim().toUpperCase(Locale.ROOT));
            if (!shapes.contains(shape)) {
                shapes.add(shape);
            }
        }
        return shapes;
    }

    private static List<String> families(String list) {
        List<String> families = new ArrayList<>();
        for (String code : list.split(",")) {
            String family = code.trim().toLowerCase(Locale.ROOT);
            if (!FAMILIES.contains(family)) {
                throw new InvalidInput("scenarios", code, "bench-scenarios",
                        "Scenario families are " + String.join(", ", FAMILIES));
            }
            if (!families.contains(family)) {
                families.add(family);
            }
        }
        return List.copyOf(families);
    }

    private static <T> T option(ApplicationArguments args, String name, T fallback, Function<String, T> parse) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? fallback : parse.apply(values.get(0));
    }
}
