package io.lotline.bench.internal;

import io.lotline.bench.internal.ScreenRun.Graph;
import io.lotline.bench.internal.ScreenRun.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the screens showed over many openings: the spread of the times, the boxes drawn and what failed. */
final class ScreenFigures {
    private ScreenFigures() {
    }

    /** Lot pages opened one after the other. */
    static final class Pages {
        private final List<Page> pages;

        Pages(int expected) {
            pages = new ArrayList<>(expected);
        }

        void add(Page page) {
            pages.add(page);
        }

        Percentiles server() {
            return Percentiles.of(pages.stream().filter(Page::ok).mapToDouble(Page::serverMillis).toArray());
        }

        Percentiles browser() {
            return Percentiles.of(pages.stream().filter(Page::ok).mapToDouble(Page::browserMillis).toArray());
        }

        Percentiles bytes() {
            return Percentiles.of(pages.stream().filter(Page::ok).mapToDouble(Page::bytes).toArray());
        }

        long bad() {
            return pages.stream().filter(page -> !page.ok()).count();
        }

        String firstBad() {
            return pages.stream().filter(page -> !page.ok()).findFirst()
                    .map(page -> page.status() == 0 ? "no answer" : "status " + page.status()
                            + (page.serverMillis() < 0 ? " without Server-Timing" : "")).orElse("");
        }
    }

    /** Trace graphs opened one after the other. */
    static final class Graphs {
        private final List<Graph> graphs;

        Graphs(int expected) {
            graphs = new ArrayList<>(expected);
        }

        void add(Graph graph) {
            graphs.add(graph);
        }

        private List<Graph> drawn() {
            return graphs.stream().filter(graph -> graph.nodes() > 0).toList();
        }

        Percentiles drawnMillis() {
            return Percentiles.of(drawn().stream().mapToDouble(Graph::drawnMillis).toArray());
        }

        Percentiles lots() {
            return Percentiles.of(drawn().stream().mapToDouble(Graph::lots).toArray());
        }

        Percentiles nodes() {
            return Percentiles.of(drawn().stream().mapToDouble(Graph::nodes).toArray());
        }

        long bad() {
            return graphs.stream().filter(graph -> graph.problem() != null).count();
        }

        long clicked() {
            return graphs.stream().filter(Graph::clicked).count();
        }

        boolean clusteredAll() {
            return !graphs.isEmpty() && graphs.stream().allMatch(Graph::clustered);
        }

        long maxBytes() {
            return drawn().stream().mapToLong(Graph::sent).max().orElse(0);
        }

        long maxGraphBytes() {
            return drawn().stream().mapToLong(Graph::graphBytes).max().orElse(0);
        }

        String describe(boolean clicks) {
            List<Graph> drawn = drawn();
            Percentiles edges = Percentiles.of(drawn.stream().mapToDouble(Graph::edges).toArray());
            Percentiles server = Percentiles.of(drawn.stream().mapToDouble(Graph::graphServerMillis).toArray());
            String first = graphs.stream().map(Graph::problem).filter(p -> p != null).findFirst().orElse(null);
            return String.format(Locale.ROOT, "%,.0f boxes and %,.0f arrows drawn p50; %d of %d drawn clustered "
                            + "(more than 2,000 lots are grouped by item and depth)%s; the graph's JSON p50 %.2f ms, "
                            + "p99 %.2f ms on the server (Server-Timing); %s", nodes().p50(), edges.p50(),
                    drawn.stream().filter(Graph::clustered).count(), graphs.size(), clicks ? String.format(
                            "; a mouse click on a box folded what follows it in %d of %d", clicked(), graphs.size())
                            : "", server.p50(), server.p99(), first == null ? "every graph drawn"
                            : bad() + " failed (first: " + first + ")");
        }
    }
}
