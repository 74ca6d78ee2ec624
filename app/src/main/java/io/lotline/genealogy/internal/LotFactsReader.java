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
import java.util.Comparator;
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
 * Reads the trace facts of a set of lots from the database: one query each for the lots, the edges into them (and
 * one for the numbers of their parents that are not among the lots), their shipments, receipts and stock, whatever
 * the number of lots; and, in one more query, their entry totals. Shipments and receipts take a lot's number and item
 * from its row in the lots query, and nothing is sorted that the trace sorts anyway.
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
    private static final String NUMBERS = SqlResource.load(LotFactsReader.class, "lot-facts-numbers.sql");
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
        Map<Long, String> numbers = new HashMap<>(ids.size() * 2);
        query(LOTS, array).query(rs -> {
            long id = rs.getLong("id");
            numbers.put(id, rs.getString("lot_number"));
            lots.put(id, new Row(numbers.get(id), shared(rs.getString("sku")),
                    new UnitOfMeasure(shared(rs.getString("unit"))), shared(rs.getString("description")),
                    shared(rs.getString("status")), shared(rs.getString("origin")),
                    rs.getObject("production_date", LocalDate.class), rs.getObject("expiry_date", LocalDate.class),
                    rs.getString("supplier_lot"), rs.getString("received_supplier_lot")));
        });
        List<Input> inputs = new ArrayList<>();
        query(INPUTS, array).query(rs -> {
            inputs.add(new Input(rs.getLong("id"), rs.getLong("child_lot_id"), rs.getLong("parent_lot_id"),
                    quantity(rs), rs.getString("production_order"), rs.getLong("issue_entry_id"),
                    rs.getLong("output_entry_id"), rs.getObject("drawn_at", OffsetDateTime.class),
                    rs.getObject("entered_at", OffsetDateTime.class)));
        });
        inputs.sort(Comparator.comparingLong(Input::id));
        readNumbers(inputs, numbers);
        for (Input input : inputs) {
            lots.get(input.child()).add(input, numbers.get(input.parent()));
        }
        readBlends(lots);
        query(SHIPMENTS, array).query(rs -> {
            Row lot = lots.get(rs.getLong("lot_id"));
            if (lot != null) {
                lot.shipments.add(new Trace.Shipment(lot.lotNumber, lot.sku, shared(rs.getString("customer")),
                        shared(rs.getString("customer_name")), shared(rs.getString("contact")),
                        shared(rs.getString("email")), shared(rs.getString("phone")), instant(rs), quantity(rs),
                        rs.getString("customer_order"), rs.getString("shipment_ref"), rs.getString("delivery_note"),
                        rs.getLong("entry_id")));
            }
        });
        query(RECEIPTS, array).query(rs -> {
            Row lot = lots.get(rs.getLong("lot_id"));
            if (lot != null) {
                String certificates = rs.getString("certificates");
                lot.receipts.add(new Trace.Receipt(lot.lotNumber, lot.sku, shared(rs.getString("supplier")),
                        shared(rs.getString("supplier_name")), lot.receivedSupplierLot, rs.getString("purchase_order"),
                        instant(rs), quantity(rs),
                        certificates == null ? List.of() : List.of(certificates.split("\n")),
                        rs.getLong("entry_id")));
            }
        });
        query(STOCK, array).query(rs -> {
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
        query(TOTALS, ids.toArray(Long[]::new)).query(rs -> {
            long lot = rs.getLong("lot_id");
            EntryType type = EntryType.valueOf(rs.getString("entry_type"));
            in.computeIfAbsent(lot, id -> new EnumMap<>(EntryType.class)).put(type, rs.getBigDecimal("inflow"));
            out.computeIfAbsent(lot, id -> new EnumMap<>(EntryType.class)).put(type, rs.getBigDecimal("outflow"));
        });
        Map<Long, EntryTotals> totals = new HashMap<>(ids.size() * 2);
        for (Long id : ids) {
            totals.put(id, in.containsKey(id) ? new EntryTotals(in.get(id), out.get(id)) : EntryTotals.NONE);
        }
        return totals;
    }

    private JdbcClient.StatementSpec query(String sql, Long[] ids) {
        return jdbc.sql(sql).param("ids", ids);
    }

    /** Adds the lot numbers of the inputs' parents that were not read with the lots. */
    private void readNumbers(List<Input> inputs, Map<Long, String> numbers) {
        Set<Long> missing = new HashSet<>();
        for (Input input : inputs) {
            if (!numbers.containsKey(input.parent())) {
                missing.add(input.parent());
            }
        }
        if (!missing.isEmpty()) {
            query(NUMBERS, missing.toArray(Long[]::new)).query(rs -> {
                numbers.put(rs.getLong("id"), rs.getString("lot_number"));
            });
        }
    }

    /** For the lots into which inputs were poured over time, the entries that put them somewhere or took them away. */
    private void readBlends(Map<Long, Row> lots) {
        List<Long> pouredInto = lots.entrySet().stream()
                .filter(lot -> lot.getValue().inputEntered.stream().anyMatch(t -> t != TimedWalk.FROM_THE_START))
                .map(Map.Entry::getKey).toList();
        if (!pouredInto.isEmpty()) {
            jdbc.sql(BLEND).param("ids", pouredInto.toArray(Long[]::new)).query(rs -> {
                lots.get(rs.getLong("lot_id")).flows.add(new Blend.Flow(TimedWalk.micros(instant(rs)),
                        rs.getLong("id"), rs.getBigDecimal("inflow"), rs.getBigDecimal("outflow")));
            });
        }
    }

    /** An edge into a lot as read, before its parent's lot number is known. */
    private record Input(long id, long child, long parent, Quantity quantity, String productionOrder, long issueEntryId,
                         long outputEntryId, OffsetDateTime drawn, OffsetDateTime entered) {
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
        final String receivedSupplierLot;
        final List<Long> inputParents = new ArrayList<>(0);
        final List<Trace.Edge> inputEdges = new ArrayList<>(0);
        final List<Long> inputDrawn = new ArrayList<>(0);
        final List<Long> inputEntered = new ArrayList<>(0);
        final List<Blend.Flow> flows = new ArrayList<>(0);
        final List<Trace.Shipment> shipments = new ArrayList<>(0);
        final List<Trace.Receipt> receipts = new ArrayList<>(0);
        final List<Trace.Stock> stock = new ArrayList<>(0);

        Row(String lotNumber, String sku, UnitOfMeasure unit, String description, String status, String origin,
            LocalDate productionDate, LocalDate expiryDate, String supplierLot, String receivedSupplierLot) {
            this.lotNumber = lotNumber;
            this.sku = sku;
            this.unit = unit;
            this.description = description;
            this.status = status;
            this.origin = origin;
            this.productionDate = productionDate;
            this.expiryDate = expiryDate;
            this.supplierLot = supplierLot;
            this.receivedSupplierLot = receivedSupplierLot;
        }

        void add(Input input, String parentNumber) {
            inputParents.add(input.parent());
            inputDrawn.add(TimedWalk.micros(input.drawn(), TimedWalk.EVERYTHING));
            inputEntered.add(TimedWalk.micros(input.entered(), TimedWalk.FROM_THE_START));
            inputEdges.add(new Trace.Edge(parentNumber, lotNumber, input.quantity(), input.productionOrder(),
                    input.issueEntryId(), input.outputEntryId(), input.drawn() == null ? null : input.drawn().toInstant(),
                    input.entered() == null ? null : input.entered().toInstant()));
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
