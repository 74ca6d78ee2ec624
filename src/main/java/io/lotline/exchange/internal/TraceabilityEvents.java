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
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads critical tracking events from the ledger and writes each as a row with its key data elements. */
@Repository
class TraceabilityEvents {
    private static final String EVENTS = SqlResource.load(TraceabilityEvents.class, "fsma204-events.sql");

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
     * Must run in a transaction. On PostgreSQL the statement is not JIT-compiled: for the events of a recall's tens of
     * thousands of lots, compiling took longer than running it.
     */
    List<TraceabilityEvent> find(ExportRequest request) {
        if (postgres) {
            jdbc.sql("set local jit = off").update();
        }
        LocalDate from = request.from() == null ? LocalDate.of(1970, 1, 1) : request.from();
        LocalDate to = request.to() == null ? LocalDate.of(9999, 12, 30) : request.to();
        return jdbc.sql(EVENTS)
                .param("from", from.atStartOfDay(zone).toOffsetDateTime())
                .param("until", to.plusDays(1).atStartOfDay(zone).toOffsetDateTime())
                .param("sku", request.sku())
                .param("anyLot", request.lots().isEmpty())
                .param("lots", request.lots().toArray(String[]::new))
                .query(this::row).list();
    }

    private TraceabilityEvent row(ResultSet rs, int n) throws SQLException {
        String type = rs.getString("entry_type");
        boolean receivedWithSupplierCode = "RECEIPT".equals(rs.getString("origin"))
                && rs.getString("supplier_lot") != null;
        Party site = party(rs, "site_");
        Party partner = party(rs, "party_");
        Party tlcSource = receivedWithSupplierCode ? party(rs, "supplier_") : party(rs, "origin_site_");
        String order = rs.getString("production_order");
        boolean transformation = "ISSUE".equals(type) || "OUTPUT".equals(type);
        return new TraceabilityEvent(
                transformation && order != null ? order : "E" + rs.getLong("id"),
                transformation ? "Transformation" : "RECEIPT".equals(type) ? "Receiving" : "Shipping",
                "ISSUE".equals(type) ? "input" : "OUTPUT".equals(type) ? "output" : "n/a",
                rs.getObject("occurred_at", OffsetDateTime.class).atZoneSameInstant(zone).toLocalDate(),
                receivedWithSupplierCode ? rs.getString("supplier_lot") : rs.getString("lot_number"),
                rs.getString("gtin"), rs.getString("description"),
                rs.getBigDecimal("quantity").stripTrailingZeros(), rs.getString("unit"), tlcSource,
                "RECEIPT".equals(type) ? partner : site, "SHIPMENT".equals(type) ? partner : site, site,
                documentType(type), documentNumber(rs, type), rs.getString("lot_number"), rs.getString("sku"));
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
                prefix.startsWith("site") || prefix.startsWith("origin") ? null : rs.getString(prefix + "phone"),
                rs.getString(prefix + "gln"));
    }
}
