package io.lotline.genealogy.web;

import io.lotline.genealogy.Direction;
import io.lotline.genealogy.Genealogy;
import io.lotline.genealogy.Trace;
import io.lotline.genealogy.TraceRequest;
import io.lotline.identity.Access;
import io.lotline.shared.InvalidInput;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Forward and reverse traces of one or more lots, as JSON (graph and lists), NDJSON (one line per item) or CSV (one
 * row per lot and shipment or receipt); a summary; and the lots and edges a page at a time. A trace of more lots than
 * {@code lotline.traces.full-answer-max-lots} answers its summary with links unless the full answer is asked for
 * ({@code view=full}). Quality, compliance and admins only; every request is recorded.
 */
@RestController
@RequestMapping("/api/v1/traces")
@Tag(name = "Genealogy and trace")
class TraceController {
    static final String NDJSON = "application/x-ndjson";
    private static final String BASE = "/api/v1/traces";
    private static final int DEFAULT_PAGE_SIZE = 500;
    private static final int MAX_PAGE_SIZE = 5000;

    private final Genealogy genealogy;
    private final TraceCursors cursors;
    private final JsonMapper json;
    private final int fullAnswerMaxLots;

    TraceController(Genealogy genealogy, TraceCursors cursors, JsonMapper json, TraceAnswerProperties settings) {
        this.genealogy = genealogy;
        this.cursors = cursors;
        this.json = json;
        this.fullAnswerMaxLots = settings.fullAnswerMaxLots();
    }

    /**
     * The trace as JSON: in full, or its summary when asked ({@code view=summary}) or when it holds more lots than
     * the full answer may; or, with {@code Accept: application/x-ndjson}, everything one line at a time.
     */
    @GetMapping
    @PreAuthorize(Access.TRACE)
    Object trace(@RequestParam String direction, @RequestParam("lot") List<String> lots,
                 @RequestParam(required = false) Integer maxDepth, @RequestParam(required = false) String view,
                 @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                 HttpServletResponse response) throws IOException {
        if (view != null && !"full".equalsIgnoreCase(view) && !"summary".equalsIgnoreCase(view)) {
            throw new InvalidInput("view", view, "trace-view", "A trace is answered in full or as its summary");
        }
        TraceRequest request = new TraceRequest(direction(direction), lots, maxDepth);
        Trace trace = genealogy.trace(request);
        if (asksForNdjson(accept)) {
            response.setContentType(NDJSON);
            ndjson(trace, TraceSummary.of(trace, links(request, trace)), response.getOutputStream());
            return null;
        }
        if ("summary".equalsIgnoreCase(view)
                || (!"full".equalsIgnoreCase(view) && trace.lots().size() > fullAnswerMaxLots)) {
            return TraceSummary.of(trace, links(request, trace));
        }
        return trace;
    }

    private static boolean asksForNdjson(String accept) {
        try {
            return accept != null && MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> NDJSON.equals(type.getType() + "/" + type.getSubtype()));
        } catch (InvalidMediaTypeException unreadable) {
            return false; // answered as JSON, or refused by content negotiation like any other request
        }
    }

    /** Everything of a trace, one JSON object a line: the summary first, then every lot, edge, shipment, ... */
    private void ndjson(Trace trace, TraceSummary summary, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        line(writer, "summary", summary);
        Map<String, List<?>> lists = new LinkedHashMap<>();
        lists.put("lot", trace.lots());
        lists.put("edge", trace.edges());
        lists.put("shipment", trace.shipments());
        lists.put("receipt", trace.receipts());
        lists.put("stock", trace.stock());
        lists.put("inputShare", trace.inputShares());
        lists.put("partnerLot", trace.partnerLots());
        lists.put("partnerEvent", trace.partnerEvents());
        for (Map.Entry<String, List<?>> list : lists.entrySet()) {
            for (Object item : list.getValue()) {
                line(writer, list.getKey(), item);
            }
        }
        writer.flush();
    }

    @GetMapping("/summary")
    @PreAuthorize(Access.TRACE)
    TraceSummary summary(@RequestParam String direction, @RequestParam("lot") List<String> lots,
                         @RequestParam(required = false) Integer maxDepth) {
        TraceRequest request = new TraceRequest(direction(direction), lots, maxDepth);
        Trace trace = genealogy.trace(request);
        return TraceSummary.of(trace, links(request, trace));
    }

    /** The lots of a trace a page at a time, in the order of their numbers; {@code next} is the following page. */
    @GetMapping("/lots")
    @PreAuthorize(Access.TRACE)
    TracePage<Trace.Node> lots(@RequestParam(required = false) String direction,
                               @RequestParam(name = "lot", required = false) List<String> lots,
                               @RequestParam(required = false) Integer maxDepth,
                               @RequestParam(required = false) Integer size,
                               @RequestParam(required = false) String cursor) {
        return page("lots", direction, lots, maxDepth, size, cursor, Trace::lots, Trace.Node::lotNumber);
    }

    /** The edges of a trace a page at a time, in the order of their consumption and output entries. */
    @GetMapping("/edges")
    @PreAuthorize(Access.TRACE)
    TracePage<Trace.Edge> edges(@RequestParam(required = false) String direction,
                                @RequestParam(name = "lot", required = false) List<String> lots,
                                @RequestParam(required = false) Integer maxDepth,
                                @RequestParam(required = false) Integer size,
                                @RequestParam(required = false) String cursor) {
        return page("edges", direction, lots, maxDepth, size, cursor, Trace::edges, TraceController::edgeKey);
    }

    /**
     * The lots of a reverse trace that only partners' captured events know, a page at a time, in the order of their
     * GTIN and lot code.
     */
    @GetMapping("/partner-lots")
    @PreAuthorize(Access.TRACE)
    TracePage<Trace.PartnerLot> partnerLots(@RequestParam(required = false) String direction,
                                            @RequestParam(name = "lot", required = false) List<String> lots,
                                            @RequestParam(required = false) Integer maxDepth,
                                            @RequestParam(required = false) Integer size,
                                            @RequestParam(required = false) String cursor) {
        return page("partner-lots", direction, lots, maxDepth, size, cursor, Trace::partnerLots,
                lot -> lot.gtin() + "/" + lot.lot());
    }

    /** One page of a trace's list, and the cursor of the next page ({@code null} after the last). */
    record TracePage<T>(List<T> items, String next, int total) {
    }

    private <T> TracePage<T> page(String list, String direction, List<String> lots, Integer maxDepth, Integer size,
                                  String cursor, Function<Trace, List<T>> items, Function<T, String> key) {
        TraceCursors.Position at;
        if (cursor != null) {
            at = cursors.decode(cursor, list);
        } else {
            if (direction == null) {
                throw new InvalidInput("direction", null, "required", "A trace goes FORWARD or REVERSE");
            }
            if (lots == null || lots.isEmpty()) {
                throw new InvalidInput("lot", null, "required", "A trace starts from at least one lot");
            }
            int pageSize = size == null ? DEFAULT_PAGE_SIZE : size;
            if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
                throw new InvalidInput("size", size, "page-size",
                        "A page holds from 1 to " + MAX_PAGE_SIZE + " items");
            }
            at = new TraceCursors.Position(list, direction(direction), List.copyOf(lots), maxDepth, pageSize, null);
        }
        Trace trace = genealogy.trace(new TraceRequest(at.direction(), at.roots(), at.maxDepth()));
        List<T> all = items.apply(trace);
        List<T> after = all.stream()
                .filter(item -> at.after() == null || key.apply(item).compareTo(at.after()) > 0)
                .sorted(Comparator.comparing(key))
                .limit(at.size() + 1L)
                .toList();
        List<T> page = after.size() > at.size() ? after.subList(0, at.size()) : after;
        String next = after.size() > at.size()
                ? cursors.encode(new TraceCursors.Position(list, at.direction(), at.roots(), at.maxDepth(), at.size(),
                key.apply(page.get(page.size() - 1))))
                : null;
        return new TracePage<>(page, next, all.size());
    }

    /** Orders edges by their consumption entry, output entry and lots: unique and stable while stock moves. */
    private static String edgeKey(Trace.Edge edge) {
        return "%019d/%019d/%s/%s".formatted(edge.issueEntryId(), edge.outputEntryId(), edge.parent(), edge.child());
    }

    private static Map<String, String> links(TraceRequest request, Trace trace) {
        StringBuilder query = new StringBuilder("?direction=").append(trace.direction().name());
        request.lotNumbers().forEach(lot -> query.append("&lot=").append(URLEncoder.encode(lot, StandardCharsets.UTF_8)));
        if (request.maxDepth() != null) {
            query.append("&maxDepth=").append(request.maxDepth());
        }
        Map<String, String> links = new LinkedHashMap<>();
        links.put("lots", BASE + "/lots" + query);
        links.put("edges", BASE + "/edges" + query);
        if (trace.direction() == Direction.REVERSE) {
            links.put("partnerLots", BASE + "/partner-lots" + query);
        }
        links.put("full", BASE + query + "&view=full");
        links.put("ndjson", BASE + query);
        links.put("csv", BASE + "/csv" + query);
        return links;
    }

    private void line(Writer writer, String type, Object record) throws IOException {
        writer.write(json.writeValueAsString(new Line(type, record)));
        writer.write('\n');
    }

    /** One line of the NDJSON answer: what it is, and the item itself. */
    record Line(String type, Object data) {
    }

    @GetMapping(value = "/csv", produces = "text/csv")
    @PreAuthorize(Access.TRACE)
    ResponseEntity<String> csv(@RequestParam String direction, @RequestParam("lot") List<String> lots,
                               @RequestParam(required = false) Integer maxDepth) {
        Trace trace = genealogy.trace(new TraceRequest(direction(direction), lots, maxDepth));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"trace-"
                        + trace.direction().name().toLowerCase() + ".csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(TraceCsv.of(trace));
    }

    private static Direction direction(String direction) {
        try {
            return Direction.valueOf(direction.toUpperCase());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput("direction", direction, "trace-direction", "A trace goes FORWARD or REVERSE");
        }
    }
}
