package io.lotline.genealogy.internal;

import io.lotline.genealogy.Trace;
import io.lotline.ledger.EntryType;
import io.lotline.shared.Quantity;
import io.lotline.shared.SqlResource;
import io.lotline.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the trace facts of a set of lots from the database: one query each for the lots, the edges into them,
 * their shipments, receipts and stock, whatever the number of lots; and, in one more query, their entry totals.
 * Values that repeat across many lots (items, statuses, customers, places, units) are shared rather than copied,
 * because the facts are kept in memory.
 */
@Component
class LotFactsReader {
    private static final String LOTS = SqlResource.load(LotFactsReader.class, "lot-facts-lots.sql");
    private static final String INPUTS = SqlResource.load(LotFactsReader.class, "lot-facts-inputs.sql");
    private static final String SHIPMENTS = SqlResource.load(LotFactsReader.class, "lot-facts-shipments.sql");
    private static final String RECEIPTS = SqlResource.load(LotFactsReader.class, "lot-facts-receipts.sql");
    private static final String STOCK = SqlResource.load(LotFactsReader.class, "lot-facts-stock.sql");
    private static final String TOTALS = SqlResource.load(LotFactsReader.class, "lot-facts-totals.sql");
    private static final String BLEND = SqlResource.load(LotFactsReader.class, "lot-facts-blend.sql");
    private static final MathContext SHARE_PRECISION = new MathContext(6, RoundingMode.HALF_EVEN);

    private final JdbcClient jdbc;

    LotFactsReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The facts of every lot that exists among {@code ids}. */
    Map<Long, LotFacts> read(List<Long> ids) {
        Long[] array = ids.toArray(Long[]::new);
        Map<Long, Row> lots = new HashMap<>(ids.size() * 2);
        jdbc.sql(LOTS).param("ids", array).query(rs -> {
            lots.put(rs.getLong("id"), new Row(rs.getString("lot_number"), shared(rs.getString("sku")),
                    new UnitOfMeasure(shared(rs.getString("unit"))), shared(rs.getString("description")),
                    shared(rs.getString("status")),
                    shared(rs.getString("origin")), rs.getObject("production_date", LocalDate.class),
                    rs.getObject("expiry_date", LocalDate.class), rs.getString("supplier_lot")));
        });
        jdbc.sql(INPUTS).param("ids", array).query(rs -> {
            Row child = lots.get(rs.getLong("child_lot_id"));
            child.inputParents.add(rs.getLong("parent_lot_id"));
            OffsetDateTime drawn = rs.getObject("drawn_at", OffsetDateTime.class);
            OffsetDateTime entered = rs.getObject("entered_at", OffsetDateTime.class);
            child.inputDrawn.add(TimedWalk.micros(drawn, TimedWalk.EVERYTHING));
            child.inputEntered.add(TimedWalk.micros(entered, TimedWalk.FROM_THE_START));
            child.inputEdges.add(new Trace.Edge(rs.getString("parent_number"), child.lotNumber, quantity(rs),
                    rs.getString("production_order"), rs.getLong("issue_entry_id"), rs.getLong("output_entry_id"),
                    drawn == null ? null : drawn.toInstant(), entered == null ? null : entered.toInstant()));
        });
        List<Long> pouredInto = lots.entrySet().stream()
                .filter(lot -> lot.getValue().inputEntered.stream().anyMatch(t -> t != TimedWalk.FROM_THE_START))
                .map(Map.Entry::getKey).toList();
        if (!pouredInto.isEmpty()) {
            jdbc.sql(BLEND).param("ids", pouredInto.toArray(Long[]::new)).query(rs -> {
                lots.get(rs.getLong("lot_id")).flows.add(new Blend.Flow(TimedWalk.micros(instant(rs)),
                        rs.getLong("id"), rs.getBigDecimal("inflow"), rs.getBigDecimal("outflow")));
            });
        }
        jdbc.sql(SHIPMENTS).param("ids", array).query(rs -> {
            lots.get(rs.getLong("lot_id")).shipments.add(new Trace.Shipment(rs.getString("lot_number"),
                    shared(rs.getString("sku")), shared(rs.getString("customer")),
                    shared(rs.getString("customer_name")), shared(rs.getString("contact")),
                    shared(rs.getString("email")), shared(rs.getString("phone")), instant(rs), quantity(rs),
                    rs.getString("customer_order"), rs.getString("shipment_ref"), rs.getString("delivery_note"),
                    rs.getLong("entry_id")));
        });
        jdbc.sql(RECEIPTS).param("ids", array).query(rs -> {
            String certificates = rs.getString("certificates");
            lots.get(rs.getLong("lot_id")).receipts.add(new Trace.Receipt(rs.getString("lot_number"),
                    shared(rs.getString("sku")), shared(rs.getString("supplier")),
                    shared(rs.getString("supplier_name")), rs.getString("supplier_lot"),
                    rs.getString("purchase_order"), instant(rs), quantity(rs),
                    certificates == null ? List.of() : List.of(certificates.split("\n")), rs.getLong("entry_id")));
        });
        jdbc.sql(STOCK).param("ids", array).query(rs -> {
            lots.get(rs.getLong("lot_id")).stock.add(new Trace.Stock(rs.getString("lot_number"),
                    shared(rs.getString("sku")), shared(rs.getString("location")), rs.getString("pallet"),
                    quantity(rs)));
        });
        Map<Long, LotFacts> facts = new HashMap<>(lots.size() * 2);
        lots.forEach((id, row) -> facts.put(id, row.facts(id)));
        return facts;
    }

    /** The entry totals of each of {@code ids}, {@link EntryTotals#NONE} for a lot without entries that moved stock. */
    Map<Long, EntryTotals> totals(List<Long> ids) {
        Map<Long, Map<EntryType, BigDecimal>> in = new HashMap<>(ids.size() * 2);
        Map<Long, Map<EntryType, BigDecimal>> out = new HashMap<>(ids.size() * 2);
        jdbc.sql(TOTALS).param("ids", ids.toArray(Long[]::new)).query(rs -> {
            EntryType type = EntryType.valueOf(rs.getString("entry_type"));
            in.computeIfAbsent(rs.getLong("lot_id"), lot -> new EnumMap<>(EntryType.class))
                    .put(type, rs.getBigDecimal("inflow"));
            out.computeIfAbsent(rs.getLong("lot_id"), lot -> new EnumMap<>(EntryType.class))
                    .put(type, rs.getBigDecimal("outflow"));
        });
        Map<Long, EntryTotals> totals = new HashMap<>(ids.size() * 2);
        for (Long id : ids) {
            totals.put(id, in.containsKey(id) ? new EntryTotals(in.get(id), out.get(id)) : EntryTotals.NONE);
        }
        return totals;
    }

    /** A lot while its rows come in. */
    private static final class Row {
        final String lotNumber;
        final String sku;
        final UnitOfMeasure unit;
        final String description;
        final String status;
        final String origin;
        final LocalDate productionDate;
        final LocalDate expiryDate;
        final String supplierLot;
        final List<Long> inputParents = new ArrayList<>(0);
        final List<Trace.Edge> inputEdges = new ArrayList<>(0);
        final List<Long> inputDrawn = new ArrayList<>(0);
        final List<Long> inputEntered = new ArrayList<>(0);
        final List<Blend.Flow> flows = new ArrayList<>(0);
        final List<Trace.Shipment> shipments = new ArrayList<>(0);
        final List<Trace.Receipt> receipts = new ArrayList<>(0);
        final List<Trace.Stock> stock = new ArrayList<>(0);

        Row(String lotNumber, String sku, UnitOfMeasure unit, String description, String status, String origin,
            LocalDate productionDate, LocalDate expiryDate, String supplierLot) {
            this.lotNumber = lotNumber;
            this.sku = sku;
            this.unit = unit;
            this.description = description;
            this.status = status;
            this.origin = origin;
            this.productionDate = productionDate;
            this.expiryDate = expiryDate;
            this.supplierLot = supplierLot;
        }

        LotFacts facts(long id) {
            Map<Long, BigDecimal> shares = shares();
            return new LotFacts(id, lotNumber, sku, unit, description, status, origin, productionDate, expiryDate,
                    supplierLot, inputParents.stream().mapToLong(Long::longValue).toArray(),
                    inputEdges.toArray(Trace.Edge[]::new), inputDrawn.stream().mapToLong(Long::longValue).toArray(),
                    inputEntered.stream().mapToLong(Long::longValue).toArray(),
                    shares.keySet().stream().mapToLong(Long::longValue).toArray(),
                    shares.entrySet().stream().map(share -> new Trace.Share(lotNumber,
                            parentNumber(share.getKey()), share.getValue(), null)).toArray(Trace.Share[]::new),
                    flows.isEmpty() ? null : Blend.of(flows, inputsByEntry()),
                    List.copyOf(shipments), List.copyOf(receipts), List.copyOf(stock));
        }

        /** Per output entry into the lot, each parent lot's quantity by its edges; none where their units differ. */
        private Map<Long, Map<Long, BigDecimal>> inputsByEntry() {
            Map<Long, Map<Long, BigDecimal>> byEntry = new HashMap<>();
            Map<Long, String> units = new HashMap<>();
            Set<Long> mixedUnits = new HashSet<>();
            for (int i = 0; i < inputEdges.size(); i++) {
                Trace.Edge edge = inputEdges.get(i);
                String unit = units.putIfAbsent(edge.outputEntryId(), edge.quantity().unit().code());
                if (unit != null && !unit.equals(edge.quantity().unit().code())) {
                    mixedUnits.add(edge.outputEntryId());
                }
                byEntry.computeIfAbsent(edge.outputEntryId(), entry -> new LinkedHashMap<>())
                        .merge(inputParents.get(i), edge.quantity().amount(), BigDecimal::add);
            }
            mixedUnits.forEach(byEntry::remove);
            return byEntry;
        }

        /** Each input lot's quantity over the total of all inputs, where all inputs were counted in one unit. */
        private Map<Long, BigDecimal> shares() {
            Map<Long, BigDecimal> byParent = new LinkedHashMap<>();
            if (inputEdges.isEmpty()) {
                return byParent;
            }
            String unit = inputEdges.get(0).quantity().unit().code();
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < inputEdges.size(); i++) {
                if (!inputEdges.get(i).quantity().unit().code().equals(unit)) {
                    return Map.of();
                }
                BigDecimal amount = inputEdges.get(i).quantity().amount();
                total = total.add(amount);
                byParent.merge(inputParents.get(i), amount, BigDecimal::add);
            }
            if (total.signum() <= 0) {
                return Map.of();
            }
            BigDecimal all = total;
            byParent.replaceAll((parent, amount) -> amount.divide(all, SHARE_PRECISION).stripTrailingZeros());
            return byParent;
        }

        private String parentNumber(long parent) {
            return inputEdges.get(inputParents.indexOf(parent)).parent();
        }
    }

    private static String shared(String value) {
        return value == null ? null : value.intern();
    }

    private static Quantity quantity(ResultSet rs) throws SQLException {
        return new Quantity(rs.getBigDecimal("quantity"), new UnitOfMeasure(shared(rs.getString("unit"))));
    }

    private static Instant instant(ResultSet rs) throws SQLException {
        return rs.getObject("occurred_at", OffsetDateTime.class).toInstant();
    }
}
