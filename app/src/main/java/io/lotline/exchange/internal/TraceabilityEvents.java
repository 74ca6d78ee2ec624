package io.lotline.exchange.internal;

import io.lotline.exchange.ExportRequest;
import io.lotline.exchange.TraceabilityEvent;
import io.lotline.exchange.TraceabilityEvent.Party;
import io.lotline.shared.SqlResource;
import io.lotline.shared.jdbc.SqlArrays;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads critical tracking events from the ledger and writes each as a row with its key data elements: the events in
 * one query read in date order as they are consumed, a chunk of rows at a time, and for each chunk the site where
 * each lot Lotline assigned the code of was made, the lots' attributes and the transformation events the consumptions
 * and outputs belong to, each in one statement.
 */
@Repository
class TraceabilityEvents {
    /** Rows read from the database and completed together; what the export holds of the ledger at once. */
    static final int CHUNK = 1000;
    private static final String FILTER = SqlResource.load(TraceabilityEvents.class, "fsma204-filter.sql");
    private static final String EVENTS = SqlResource.load(TraceabilityEvents.class, "fsma204-events.sql") + "\n"
            + FILTER;
    private static final String ATTRIBUTE_NAMES = """
            select distinct a.name
              from ledger_entries e
              join lots l on l.id = e.lot_id
              join items i on i.id = e.item_id
              join lot_attributes a on a.lot_id = e.lot_id
            """ + FILTER;
    private static final String ORIGIN_SITES = SqlResource.load(TraceabilityEvents.class, "origin-sites.sql");

    private final JdbcClient jdbc;
    private final ZoneId zone;
    private final boolean postgres;
    private final TransformationEvents transformationEvents;

    TraceabilityEvents(JdbcClient jdbc, Clock clock, DataSource dataSource, TransformationEvents transformationEvents)
            throws SQLException {
        this.jdbc = jdbc;
        this.transformationEvents = transformationEvents;
        this.zone = clock.getZone();
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    /** The events of the request, and of only the lots numbered {@code internalLots} unless that is null, in a list. */
    List<TraceabilityEvent> find(ExportRequest request, List<String> internalLots) {
        try (Stream<TraceabilityEvent> events = stream(request, internalLots)) {
            return events.toList();
        }
    }

    /**
     * The events of the request, and of only the lots numbered {@code internalLots} unless that is null (a recall's
     * scope, the lots of a trace), in date order, read through a database cursor as the stream is consumed. Must be
     * consumed and closed in the transaction it was opened in.
     */
    Stream<TraceabilityEvent> stream(ExportRequest request, List<String> internalLots) {
        noJit();
        Stream<Row> rows = bind(jdbc.sql(EVENTS + ofLots(request, internalLots) + "\n order by e.occurred_at, e.id")
                .withFetchSize(CHUNK), request, internalLots).query(this::row).stream();
        Iterator<Row> read = rows.iterator();
        Iterator<List<TraceabilityEvent>> chunks = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return read.hasNext();
            }

            @Override
            public List<TraceabilityEvent> next() {
                List<Row> chunk = new ArrayList<>(CHUNK);
                while (chunk.size() < CHUNK && read.hasNext()) {
                    chunk.add(read.next());
                }
                return completed(chunk);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(chunks, Spliterator.ORDERED), false)
                .flatMap(List::stream).onClose(rows::close);
    }

    /** The names of the attributes that any lot with an event of the request carries, in name order. */
    List<String> attributeNames(ExportRequest request, List<String> internalLots) {
        noJit();
        return List.copyOf(new TreeSet<>(bind(jdbc.sql(ATTRIBUTE_NAMES + ofLots(request, internalLots)), request,
                internalLots).query(String.class).list()));
    }

    /**
     * On PostgreSQL the statements are not JIT-compiled: for the events of a recall's tens of thousands of lots,
     * compiling took longer than running them.
     */
    private void noJit() {
        if (postgres) {
            jdbc.sql("set local jit = off").update();
        }
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, ExportRequest request,
                                          List<String> internalLots) {
        LocalDate from = request.from() == null ? LocalDate.of(1970, 1, 1) : request.from();
        LocalDate to = request.to() == null ? LocalDate.of(9999, 12, 30) : request.to();
        statement = statement.param("from", from.atStartOfDay(zone).toOffsetDateTime())
                .param("until", to.plusDays(1).atStartOfDay(zone).toOffsetDateTime())
                .param("sku", request.sku());
        if (!request.lots().isEmpty()) {
            statement = arrays(statement, "code", request.lots());
        }
        return internalLots == null ? statement : arrays(statement, "scope", internalLots);
    }

    /**
     * Only the entries of the lots asked for by traceability lot code (Lotline's or the supplier's) and of the
     * internal lots in scope, where given: each a semi-join the database can hash however many codes there are.
     * (Inside an {@code or}, as they were, PostgreSQL ran them as subplans that it hashes only within
     * {@code work_mem}; past that it searched the codes row by row, minutes for a 200,000-lot recall.) The codes go in
     * arrays ({@link SqlArrays}), named {@code :code0, :code1, ...} and {@code :scope0, ...}.
     */
    static String ofLots(ExportRequest request, List<String> internalLots) {
        String conditions = "";
        if (!request.lots().isEmpty()) {
            int arrays = SqlArrays.chunks(request.lots()).size();
            conditions += "\n   and e.lot_id in (" + lotsWhere("sl.lot_number", "code", arrays) + " union all "
                    + lotsWhere("sl.supplier_lot", "code", arrays) + ")";
        }
        if (internalLots != null) {
            conditions += "\n   and e.lot_id in ("
                    + lotsWhere("sl.lot_number", "scope", SqlArrays.chunks(internalLots).size()) + ")";
        }
        return conditions;
    }

    /** The ids of the lots whose column holds one of the codes in the arrays named so. */
    private static String lotsWhere(String column, String name, int arrays) {
        StringJoiner codes = new StringJoiner(" union all ");
        for (int array = 0; array < arrays; array++) {
            codes.add("select s.code from unnest(cast(:" + name + array + " as varchar array)) as s (code)");
        }
        return "select sl.id from (" + codes + ") as codes (code) join lots sl on " + column + " = codes.code";
    }

    private static JdbcClient.StatementSpec arrays(JdbcClient.StatementSpec statement, String name,
                                                   List<String> codes) {
        List<List<String>> chunks = SqlArrays.chunks(codes);
        for (int array = 0; array < chunks.size(); array++) {
            statement = statement.param(name + array, chunks.get(array).toArray(String[]::new));
        }
        return statement;
    }

    /** A chunk of rows as events: the origin sites, attributes and transformation events of its rows filled in. */
    private List<TraceabilityEvent> completed(List<Row> rows) {
        Map<Long, Party> originSites = originSites(rows.stream().filter(row -> row.madeHere).map(row -> row.lotId)
                .distinct().toArray(Long[]::new));
        Map<Long, List<String>> transformations = transformations(rows);
        Map<Long, Map<String, String>> attributes = attributes(rows.stream().map(row -> row.lotId).distinct()
                .toArray(Long[]::new));
        List<TraceabilityEvent> events = new ArrayList<>(rows.size());
        for (Row row : rows) {
            TraceabilityEvent event = (row.madeHere ? row.event.withTlcSource(originSites.get(row.lotId)) : row.event)
                    .withLotAttributes(attributes.get(row.lotId));
            List<String> ids = transformations.getOrDefault(row.entryId, List.of());
            if (ids.isEmpty()) {
                events.add(event);
            }
            ids.forEach(id -> events.add(event.withEventId(id)));
        }
        return events;
    }

    private Map<Long, List<String>> transformations(List<Row> rows) {
        Map<Long, String> outputs = new HashMap<>();
        List<Long> consumptions = new ArrayList<>();
        Set<String> orders = new TreeSet<>();
        for (Row row : rows) {
            if (row.order != null && "OUTPUT".equals(row.type)) {
                outputs.put(row.entryId, row.command);
                orders.add(row.order);
            } else if (row.order != null && "ISSUE".equals(row.type)) {
                consumptions.add(row.entryId);
                orders.add(row.order);
            }
        }
        return transformationEvents.of(outputs, consumptions, List.copyOf(orders));
    }

    /** The attributes of each lot that carries any, as corrected. */
    private Map<Long, Map<String, String>> attributes(Long[] lots) {
        Map<Long, Map<String, String>> attributes = new HashMap<>();
        if (lots.length > 0) {
            jdbc.sql("""
                            select a.lot_id, a.name, a.current_value
                              from unnest(cast(:ids as bigint array)) as v (id)
                              join lot_attributes a on a.lot_id = v.id""").param("ids", lots)
                    .query(rs -> {
                        attributes.computeIfAbsent(rs.getLong("lot_id"), lot -> new HashMap<>())
                                .put(rs.getString("name"), rs.getString("current_value"));
                    });
        }
        return attributes;
    }

    /** The site where each lot was made or received, for the lots whose code Lotline assigned. */
    private Map<Long, Party> originSites(Long[] lots) {
        Map<Long, Party> sites = new HashMap<>(lots.length * 2);
        if (lots.length > 0) {
            jdbc.sql(ORIGIN_SITES).param("ids", lots).query(rs -> {
                sites.put(rs.getLong("lot_id"), party(rs, ""));
            });
        }
        return sites;
    }

    /**
     * An event as read, with its entry and lot; for a lot Lotline assigned the code of ({@code madeHere}), the TLC
     * source, the site where the lot was made, is filled in once the sites of all such lots are read, and the
     * transformation event of a consumption or output once the bookings of their orders are read.
     */
    private record Row(long entryId, String type, String command, String order, long lotId, boolean madeHere,
                       TraceabilityEvent event) {
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        String type = rs.getString("entry_type");
        boolean received = "RECEIPT".equals(rs.getString("origin"));
        boolean receivedWithSupplierCode = received && rs.getString("supplier_lot") != null;
        Party site = party(rs, "site_");
        Party partner = party(rs, "party_");
        Party namedSource = party(rs, "source_");
        String order = rs.getString("production_order");
        boolean transformation = "ISSUE".equals(type) || "OUTPUT".equals(type);
        boolean arriving = "RECEIPT".equals(type) || "RETURN".equals(type);
        Party source = !receivedWithSupplierCode ? null : namedSource != null ? namedSource : party(rs, "supplier_");
        String referenceType = rs.getString("tlc_source_reference_type");
        TraceabilityEvent event = new TraceabilityEvent("E" + rs.getLong("id"),
                transformation ? "Transformation" : arriving ? "Receiving" : "Shipping",
                "ISSUE".equals(type) ? "input" : "OUTPUT".equals(type) ? "output"
                        : "RETURN".equals(type) ? "customer return" : "n/a",
                rs.getObject("occurred_at", OffsetDateTime.class).atZoneSameInstant(zone).toLocalDate(),
                receivedWithSupplierCode ? rs.getString("supplier_lot") : rs.getString("lot_number"),
                !received ? TraceabilityEvent.BY_TRANSFORMER : !receivedWithSupplierCode ? TraceabilityEvent.BY_RECEIVER
                        : namedSource != null || referenceType != null ? TraceabilityEvent.BY_SOURCE_NAMED_AT_RECEIPT
                        : TraceabilityEvent.BY_SUPPLIER,
                rs.getString("gtin"), rs.getString("description"),
                rs.getBigDecimal("quantity").stripTrailingZeros(), rs.getString("unit"), source,
                referenceType != null ? referenceType : source != null && source.gln() != null ? "GLN" : null,
                referenceType != null ? rs.getString("tlc_source_reference") : source == null ? null : source.gln(),
                arriving ? partner : site, "SHIPMENT".equals(type) ? partner : site, site,
                documentType(type, rs.getString("order_kind")), documentNumber(rs, type), rs.getString("lot_number"), rs.getString("sku"),
                "RECEIPT".equals(type) ? rs.getObject("dispatched_on", LocalDate.class) : null,
                "RECEIPT".equals(type) ? party(rs, "consignor_") : null,
                "SHIPMENT".equals(type) ? party(rs, "consignee_") : null, null, null);
        return new Row(rs.getLong("id"), type, rs.getString("command_id"), transformation ? order : null,
                rs.getLong("lot_id"), !receivedWithSupplierCode, event);
    }

    private static String documentType(String type, String orderKind) {
        return switch (type) {
            case "RECEIPT" -> "Purchase order";
            case "SHIPMENT" -> "Delivery note";
            case "RETURN" -> "Return note";
            default -> "SPLIT".equals(orderKind) ? "Split record" : "MERGE".equals(orderKind) ? "Merge record"
                    : "Production order";
        };
    }

    private static String documentNumber(ResultSet rs, String type) throws SQLException {
        return switch (type) {
            case "RECEIPT" -> rs.getString("purchase_order");
            case "SHIPMENT", "RETURN" -> first(rs.getString("delivery_note"), rs.getString("shipment_ref"),
                    rs.getString("customer_order"));
            default -> rs.getString("production_order");
        };
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static Party party(ResultSet rs, String prefix) throws SQLException {
        String name = rs.getString(prefix + "name");
        if (name == null) {
            return null;
        }
        return new Party(name, rs.getString(prefix + "street"), rs.getString(prefix + "city"),
                rs.getString(prefix + "region"), rs.getString(prefix + "postal_code"), rs.getString(prefix + "country"),
                rs.getString(prefix + "phone"),
                rs.getString(prefix + "gln"));
    }
}
