package io.lotline.bench.internal;

import io.lotline.bench.internal.DatasetLoader.Dataset;
import io.lotline.bench.internal.Network.Kind;
import io.lotline.identity.NewUser;
import io.lotline.identity.Role;
import io.lotline.identity.Users;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The {@code screens} family: the pages as a quality engineer sees them, in headless Chromium on this machine. One web
 * instance is started on the bench's database with {@link ServerTiming}, a user of the quality department signs in
 * through the form, and then: U2 the lot page of random lots, timed on the server; G-1k the trace graph of G1 raw
 * lots (about 1,000 lots each), from the start of the navigation to the first painted frame with the graph, and a
 * real mouse click on a box that must fold away what follows it; G-33k the trace graph of G3's super-node, clustered,
 * with the browser's cache emptied before each opening, and the bytes the page made the browser receive.
 */
@Component
class ScreenScenarios {
    static final int GRAPH_ROOTS = 20;
    static final int GRAPH_WARMUP = 3;
    static final int SUPER_NODE_RUNS = 5;
    static final long MAX_BYTES = 5_000_000;

    private final Users users;
    private final Environment environment;

    ScreenScenarios(Users users, Environment environment) {
        this.users = users;
        this.environment = environment;
    }

    /** The rows, and how many pages were not answered, not drawn or did not answer a click. */
    record Outcome(List<ScenarioResult> results, int failed) {
    }

    Outcome run(Dataset data, BenchOptions options, Consumer<String> progress) {
        String username = "screens-" + UUID.randomUUID().toString().substring(0, 8);
        String password = UUID.randomUUID().toString();
        users.create(new NewUser(username, "Benchmark of the screens", Set.of(Role.QUALITY), password));
        progress.accept("starting a web instance with Server-Timing and headless Chromium");
        try (WebInstances web = WebInstances.start(1, options.instancePool(), environment, ServerTiming.class);
             Chromium browser = Chromium.start(options.chromium(), options.chromedriver())) {
            browser.signIn(web.base(0), username, password);
            ScreenRun run = new ScreenRun(browser, web.base(0));
            List<ScenarioResult> results = new ArrayList<>();
            progress.accept("U2: the lot page of random lots, timed on the server");
            results.add(lotPage(run, data, options));
            ShapeLots g1 = shape(data, "G1");
            if (g1 != null) {
                progress.accept("G-1k: the trace graph of G1 raw lots, drawn and clicked");
                results.add(graphs(run, data, g1, options));
            }
            ShapeLots g3 = shape(data, "G3");
            if (g3 != null && g3.superNode() >= 0) {
                progress.accept("G-33k: the clustered trace graph of G3's super-node, with an empty browser cache");
                results.add(superNode(run, data, g3, options));
            }
            return new Outcome(List.copyOf(results), run.failed());
        }
    }

    private static ScenarioResult lotPage(ScreenRun run, Dataset data, BenchOptions options) {
        Random random = new Random(options.seed() + 12);
        for (int i = 0; i < options.warmup(); i++) {
            run.lotPage(data.codes().lotNumber(random.nextInt(data.net().size)));
        }
        ScreenFigures.Pages pages = new ScreenFigures.Pages(options.roots());
        for (int i = 0; i < options.roots(); i++) {
            pages.add(run.lotPage(data.codes().lotNumber(random.nextInt(data.net().size))));
        }
        Percentiles server = pages.server();
        Percentiles browser = pages.browser();
        return new ScenarioResult("U2", "the lot page /lots/{n} in headless Chromium, random lots, one at a time: "
                + "time on the server", options.warmup(), server, Percentiles.of(new double[0]), 0, null,
                "<= 100 ms on the server", pages.bad() == 0 && server.p99() <= 100, String.format(Locale.ROOT,
                "Server-Timing of a filter first in the server's chain (the answer held until complete); in the "
                        + "browser, request to last byte p50 %.2f ms, p99 %.2f ms; %,.0f bytes p50 on the wire; %s",
                browser.p50(), browser.p99(), pages.bytes().p50(), pages.bad() == 0 ? "every page answered"
                        : pages.bad() + " pages failed (first: " + pages.firstBad() + ")"), null);
    }

    private static ScenarioResult graphs(ScreenRun run, Dataset data, ShapeLots g1, BenchOptions options) {
        int count = Math.min(GRAPH_ROOTS, options.roots());
        List<String> lots = Scenarios.sample(g1, lot -> data.net().kind(lot) == Kind.RAW, options.seed(), 11,
                count + GRAPH_WARMUP).stream().map(data.codes()::lotNumber).toList();
        lots.subList(count, lots.size()).forEach(root -> run.graph(root, false, true));
        ScreenFigures.Graphs graphs = new ScreenFigures.Graphs(count);
        lots.subList(0, count).forEach(root -> graphs.add(run.graph(root, false, true)));
        Percentiles drawn = graphs.drawnMillis();
        return new ScenarioResult("G-1k", "the trace graph of G1 raw lots /lots/{n}/trace in headless Chromium: "
                + "navigation start to the first painted frame with the graph, then a mouse click on a box",
                GRAPH_WARMUP, drawn, graphs.lots(), 0, null, "drawn and interactive <= 1 s", graphs.bad() == 0
                && graphs.clicked() == count && drawn.p99() <= 1000, graphs.describe(true), null, graphs.nodes());
    }

    private static ScenarioResult superNode(ScreenRun run, Dataset data, ShapeLots g3, BenchOptions options) {
        String root = data.codes().lotNumber(g3.superNode());
        int count = Math.min(SUPER_NODE_RUNS, options.roots());
        ScreenRun.Graph first = run.graph(root, true, false);
        ScreenFigures.Graphs graphs = new ScreenFigures.Graphs(count);
        for (int i = 0; i < count; i++) {
            graphs.add(run.graph(root, true, false));
        }
        Percentiles drawn = graphs.drawnMillis();
        long bytes = graphs.maxBytes();
        return new ScenarioResult("G-33k", "the clustered trace graph of G3's super-node /lots/{n}/trace in headless "
                + "Chromium, the browser's cache emptied before each opening: navigation start to the first painted "
                + "frame", 1, drawn, graphs.lots(), 0, null, "clustered <= 2 s, <= 5 MB sent", graphs.bad() == 0
                && graphs.clusteredAll() && drawn.p99() <= 2000 && bytes <= MAX_BYTES, graphs.describe(false)
                + String.format(Locale.ROOT, "; at most %,d bytes sent to the browser (page, styles, scripts and the "
                + "graph, as transferred) of which the graph %,d; the first opening (the trace not yet in the "
                + "server's memory) drew in %.0f ms", bytes, graphs.maxGraphBytes(), first.drawnMillis()), null,
                graphs.nodes());
    }

    private static ShapeLots shape(Dataset data, String code) {
        return data.generated().shapes().stream().filter(s -> code.equals(s.spec().code())).findFirst().orElse(null);
    }
}
