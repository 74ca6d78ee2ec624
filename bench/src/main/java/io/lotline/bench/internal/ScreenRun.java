package io.lotline.bench.internal;

import java.util.List;

/**
 * One browser on one web instance, opening pages and reading what the page itself recorded: the navigation's
 * {@code Server-Timing} and timings for a lot page, and for a trace graph the {@code data-drawn-*} attributes that
 * {@code trace-graph.js} sets once the first frame with the graph is painted, the resource timings of what was
 * transferred, and whether a mouse click on a box folds away what follows it.
 */
final class ScreenRun {
    private static final String PAGE_TIMING = """
            var nav = performance.getEntriesByType('navigation')[0];
            if (!nav || nav.responseEnd === 0) { return null; }
            var app = (nav.serverTiming || []).filter(function (t) { return t.name === 'app'; })[0];
            return [nav.responseStatus || 0, app ? app.duration : -1, nav.responseEnd - nav.requestStart,
                    nav.transferSize];""";
    private static final String DRAWN = """
            var graph = document.getElementById('graph');
            var summary = document.getElementById('graph-summary');
            if (graph && graph.dataset.drawnMs) {
              return [Number(graph.dataset.drawnMs), Number(graph.dataset.drawnNodes), Number(graph.dataset.drawnEdges),
                      graph.dataset.clustered === 'true' ? 1 : 0, parseInt(summary.textContent, 10) || 0];
            }
            return summary && summary.classList.contains('error') ? [] : null;""";
    private static final String SENT = """
            var all = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'));
            var sent = 0, graph = 0, server = -1;
            all.forEach(function (e) {
              sent += e.transferSize;
              if (e.name.indexOf('/trace/graph') >= 0) {
                graph = e.transferSize;
                (e.serverTiming || []).forEach(function (t) { if (t.name === 'app') { server = t.duration; } });
              }
            });
            return [sent, graph, server];""";
    /** A visible box with boxes after it, inside the window: where a user would click. */
    private static final String BOX = """
            var element = document.getElementById('graph');
            element.scrollIntoView({ block: 'start' });
            var boxes = window.lotlineTrace.nodes().filter(function (n) { return n.visible && n.outputs.length > 0; });
            for (var i = 0; i < boxes.length; i++) {
              var at = element.querySelector('.box[data-id="' + CSS.escape(boxes[i].id) + '"]').getBoundingClientRect();
              var x = at.left + at.width / 2, y = at.top + at.height / 2;
              if (x > 0 && y > 0 && x < window.innerWidth && y < window.innerHeight) {
                return [Math.round(x), Math.round(y)];
              }
            }
            return [];""";
    private static final String FOLDED = """
            return Number(document.getElementById('graph').dataset.drawnNodes) < arguments[0] ? true : null;""";

    private final Chromium browser;
    private final String base;
    private int failed;

    ScreenRun(Chromium browser, String base) {
        this.browser = browser;
        this.base = base;
    }

    int failed() {
        return failed;
    }

    /** A lot page: its status, time on the server and in the browser (request to last byte), bytes transferred. */
    record Page(int status, double serverMillis, double browserMillis, long bytes) {
        boolean ok() {
            return status == 200 && serverMillis >= 0;
        }
    }

    /**
     * A trace graph as drawn: milliseconds from the navigation's start to the first painted frame with the graph, the
     * boxes and arrows drawn, the lots reached, whether clustered and whether a click folded a box; the bytes the
     * browser received for the whole page and for the graph, and the graph's time on the server. {@code problem} says
     * what went wrong, or is null.
     */
    record Graph(double drawnMillis, int nodes, int edges, int lots, boolean clustered, boolean clicked, long sent,
                 long graphBytes, double graphServerMillis, String problem) {
        static Graph failed(String problem) {
            return new Graph(0, 0, 0, 0, false, false, 0, 0, -1, problem);
        }
    }

    Page lotPage(String lot) {
        browser.open(base + "/lots/" + BenchClient.encode(lot));
        List<?> timing = (List<?>) browser.await(PAGE_TIMING);
        Page page = timing == null ? new Page(0, -1, 0, 0) : new Page(number(timing, 0).intValue(),
                number(timing, 1).doubleValue(), number(timing, 2).doubleValue(), number(timing, 3).longValue());
        failed += page.ok() ? 0 : 1;
        return page;
    }

    Graph graph(String root, boolean emptyCache, boolean click) {
        if (emptyCache) {
            browser.clearCache();
        }
        browser.open(base + "/lots/" + BenchClient.encode(root) + "/trace");
        Graph graph = drawn(click);
        failed += graph.problem() == null ? 0 : 1;
        return graph;
    }

    private Graph drawn(boolean click) {
        List<?> drawn = (List<?>) browser.await(DRAWN);
        if (drawn == null || drawn.isEmpty()) {
            return Graph.failed(drawn == null ? "not drawn within " + Chromium.PATIENCE.toSeconds() + " s"
                    : "the page could not fetch the graph");
        }
        List<?> sent = (List<?>) browser.script(SENT);
        int nodes = number(drawn, 1).intValue();
        boolean clicked = click && clickFolds(nodes);
        return new Graph(number(drawn, 0).doubleValue(), nodes, number(drawn, 2).intValue(),
                number(drawn, 4).intValue(), number(drawn, 3).intValue() == 1, clicked, number(sent, 0).longValue(),
                number(sent, 1).longValue(), number(sent, 2).doubleValue(), click && !clicked
                ? "a click on a box did not fold what follows it" : null);
    }

    private boolean clickFolds(int nodes) {
        List<?> box = (List<?>) browser.script(BOX);
        if (box == null || box.isEmpty()) {
            return false;
        }
        browser.clickAt(number(box, 0).intValue(), number(box, 1).intValue());
        return browser.await(FOLDED, nodes) != null;
    }

    private static Number number(List<?> values, int i) {
        return (Number) values.get(i);
    }
}
