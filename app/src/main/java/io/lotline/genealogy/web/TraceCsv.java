package io.lotline.genealogy.web;

import io.lotline.genealogy.Direction;
import io.lotline.genealogy.Trace;
import io.lotline.shared.CsvInjection;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A trace as a spreadsheet: one row per lot reached and, for a forward trace, per shipment of it (customer, date,
 * quantity, documents) or, for a reverse trace, per receipt (supplier, supplier lot, order). Lots with neither get
 * one row of their own, its shipment or receipt cells empty: every row has as many cells as the header. A reverse
 * trace ends with a row for each lot only partners' captured events know, its {@code gtin} and {@code made_from} in
 * columns of their own after the others (empty for Lotline's lots), so readers of the old columns are unaffected.
 */
final class TraceCsv {
    private TraceCsv() {
    }

    static String of(Trace trace) {
        boolean forward = trace.direction() == Direction.FORWARD;
        String[] header = forward
                ? new String[] {"depth", "lot", "sku", "description", "status", "expiry_date", "customer",
                "customer_name", "contact", "email", "phone", "shipped_at", "quantity", "unit", "customer_order",
                "delivery_note"}
                : new String[] {"depth", "lot", "sku", "description", "status", "expiry_date", "supplier",
                "supplier_name", "supplier_lot", "purchase_order", "received_at", "quantity", "unit", "certificates",
                "gtin", "made_from"};
        Map<String, List<Trace.Shipment>> shipments = trace.shipments().stream()
                .collect(Collectors.groupingBy(Trace.Shipment::lotNumber));
        Map<String, List<Trace.Receipt>> receipts = trace.receipts().stream()
                .collect(Collectors.groupingBy(Trace.Receipt::lotNumber));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            for (Trace.Node lot : trace.lots()) {
                List<Object> head = List.of(lot.depth(), lot.lotNumber(), lot.sku(), lot.description(), lot.status(),
                        lot.expiryDate() == null ? "" : lot.expiryDate().toString());
                List<List<Object>> details = forward
                        ? rows(shipments.get(lot.lotNumber()), s -> List.of(s.customer(), s.customerName(),
                        nz(s.contact()), nz(s.email()), nz(s.phone()), s.occurredAt(), amount(s.quantity()),
                        s.quantity().unit(), nz(s.customerOrder()), nz(s.deliveryNote())))
                        : rows(receipts.get(lot.lotNumber()), r -> List.of(r.supplier(), r.supplierName(),
                        nz(r.supplierLot()), nz(r.purchaseOrder()), r.occurredAt(), amount(r.quantity()),
                        r.quantity().unit(), String.join(" ", r.certificates()), "", ""));
                if (details.isEmpty()) {
                    List<Object> row = new ArrayList<>(head);
                    while (row.size() < header.length) {
                        row.add("");
                    }
                    csv.printRecord(CsvInjection.row(row));
                }
                for (List<Object> detail : details) {
                    List<Object> row = new ArrayList<>(head);
                    row.addAll(detail);
                    csv.printRecord(CsvInjection.row(row));
                }
            }
            for (Trace.PartnerLot lot : trace.partnerLots()) {
                List<Object> row = new ArrayList<>(List.of(lot.depth(), lot.lot()));
                while (row.size() < header.length - 2) {
                    row.add("");
                }
                row.add(lot.gtin());
                row.add(String.join(" ", lot.madeFrom()));
                csv.printRecord(CsvInjection.row(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static <T> List<List<Object>> rows(List<T> values, Function<T, List<Object>> row) {
        return values == null ? List.of() : values.stream().map(row).toList();
    }

    private static String amount(io.lotline.shared.Quantity quantity) {
        return quantity.amount().stripTrailingZeros().toPlainString();
    }

    private static Object nz(String text) {
        return text == null ? "" : text;
    }
}
