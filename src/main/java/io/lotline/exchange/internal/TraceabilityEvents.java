package io.lotline.exchange.internal;

import io.lotline.exchange.ExportRequest;
import io.lotline.exchange.TraceabilityEvent;
import io.lotline.exchange.TraceabilityEvent.Party;
import io.lotline.shared.SqlResource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads critical tracking events from the ledger and writes each as a row with its key data elements: the events in
 * one query, then the site where each lot Lotline assigned the code of was made, once per lot.
 */
@Repository
class TraceabilityEvents {
    private static final String EVENTS = SqlResource.load(TraceabilityEvents.class, "fsma204-events.sql");
    private static final String ORIGIN_SITES = SqlResource.load(TraceabilityEvents.class, "origin-sites.sql");

    private final JdbcClient jdbc;
    private final ZoneId zone;
    private final boolean postgres;

    TraceabilityEvents(JdbcClient jdbc, Clock clock, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    /**
     * The events of the request, and of only the lots numbered {@code internalLots} unless that is null (a recall's
     * scope, the lots of a trace). Must run in a transaction. On PostgreSQL the statements are not JIT-compiled: for
     * the events of a recall's tens of thousands of lots, compiling took longer than running them.
     */
    List<TraceabilityEvent> find(ExportRequest request, List<String> internalLots) {
        if (postgres) {
            jdbc.sql("set local jit = off").update();
        }
        LocalDate from = request.from() == null ? LocalDate.of(1970, 1, 1) : request.from();
        LocalDate to = request.to() == null ? LocalDate.of(9999, 12, 30) : request.to();
        List<Row> rows = jdbc.sql(EVENTS)
                .param("from", from.atStartOfDay(zone).toOffsetDateTime())
                .param("until", to.plusDays(1).atStartOfDay(zone).toOffsetDateTime())
                .param("sku", request.sku())
                .param("anyLot", request.lots().isEmpty())
                .param("lots", request.lots().toArray(String[]::new))
                .param("anyInternalLot", internalLots == null)
                .param("internalLots", internalLots == null ? new String[0] : internalLots.toArray(String[]::new))
                .query(this::row).list();
        Map<Long, Party> originSites = originSites(rows.stream().filter(row -> row.madeHere).map(row -> row.lotId)
                .distinct().toArray(Long[]::new));
        return rows.stream().map(row -> row.madeHere ? row.event.withTlcSource(originSites.get(row.lotId)) : row.event)
                .toList();
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
     * An event as read, with its lot; for a lot Lotline assigned the code of ({@code madeHere}), the TLC source, the
     * site where the lot was made, is filled in once the sites of all such lots are read.
     */
    private record Row(long lotId, boolean madeHere, TraceabilityEvent event) {
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        String type = rs.getString("entry_type");
        boolean receivedWithSupplierCode = "RECEIPT".equals(rs.getString("origin"))
                && rs.getString("supplier_lot") != null;
        Party site = party(rs, "site_");
        Party partner = party(rs, "party_");
        String order = rs.getString("production_order");
        boolean transformation = "ISSUE".equals(type) || "OUTPUT".equals(type);
        return new Row(rs.getLong("lot_id"), !receivedWithSupplierCode, new TraceabilityEvent(
                transformation && order != null ? order : "E" + rs.getLong("id"),
                transformation ? "Transformation" : "RECEIPT".equals(type) ? "Receiving" : "Shipping",
                "ISSUE".equals(type) ? "input" : "OUTPUT".equals(type) ? "output" : "n/a",
                rs.getObject("occurred_at", OffsetDateTime.class).atZoneSameInstant(zone).toLocalDate(),
                receivedWithSupplierCode ? rs.getString("supplier_lot") : rs.getString("lot_number"),
                rs.getString("gtin"), rs.getString("description"),
                rs.getBigDecimal("quantity").stripTrailingZeros(), rs.getString("unit"),
                receivedWithSupplierCode ? party(rs, "supplier_") : null,
                "RECEIPT".equals(type) ? partner : site, "SHIPMENT".equals(type) ? partner : site, site,
                documentType(type), documentNumber(rs, type), rs.getString("lot_number"), rs.getString("sku")));
    }

    private static String documentType(String type) {
        return switch (type) {
            case "RECEIPT" -> "Purchase order";
            case "SHIPMENT" -> "Delivery note";
            default -> "Production order";
        };
    }

    private static String documentNumber(ResultSet rs, String type) throws SQLException {
        return switch (type) {
            case "RECEIPT" -> rs.getString("purchase_order");
            case "SHIPMENT" -> first(rs.getString("delivery_note"), rs.getString("shipment_ref"),
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
                prefix.startsWith("site") || prefix.isEmpty() ? null : rs.getString(prefix + "phone"),
                rs.getString(prefix + "gln"));
    }
}
