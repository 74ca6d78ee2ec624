package io.lotline.genealogy.web;

import io.lotline.genealogy.Direction;
import io.lotline.genealogy.Trace;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A trace as a spreadsheet: one row per lot reached and, for a forward trace, per shipment of it (customer, date,
 * quantity, documents) or, for a reverse trace, per receipt (supplier, supplier lot, order). Lots with neither get
 * one row of their own.
 */
final class TraceCsv {
    private TraceCsv() {
    }

    static String of(Trace trace) {
        boolean forward = trace.direction() == Direction.FORWARD;
        StringBuilder csv = new StringBuilder(forward
                ? "depth,lot,sku,description,status,expiry_date,customer,customer_name,contact,email,phone,"
                + "shipped_at,quantity,unit,customer_order,delivery_note\n"
                : "depth,lot,sku,description,status,expiry_date,supplier,supplier_name,supplier_lot,"
                + "purchase_order,received_at,quantity,unit,certificates\n");
        Map<String, List<Trace.Shipment>> shipments = trace.shipments().stream()
                .collect(Collectors.groupingBy(Trace.Shipment::lotNumber));
        Map<String, List<Trace.Receipt>> receipts = trace.receipts().stream()
                .collect(Collectors.groupingBy(Trace.Receipt::lotNumber));
        for (Trace.Node lot : trace.lots()) {
            String head = row(lot.depth(), lot.lotNumber(), lot.sku(), lot.description(), lot.status(),
                    lot.expiryDate());
            List<String> details = forward
                    ? rows(shipments.get(lot.lotNumber()), s -> row(s.customer(), s.customerName(), s.contact(),
                    s.email(), s.phone(), s.occurredAt(), s.quantity().amount().stripTrailingZeros().toPlainString(),
                    s.quantity().unit(), s.customerOrder(), s.deliveryNote()))
                    : rows(receipts.get(lot.lotNumber()), r -> row(r.supplier(), r.supplierName(), r.supplierLot(),
                    r.purchaseOrder(), r.occurredAt(), r.quantity().amount().stripTrailingZeros().toPlainString(),
                    r.quantity().unit(), String.join(" ", r.certificates())));
            if (details.isEmpty()) {
                csv.append(head).append(forward ? ",,,,,,,,,," : ",,,,,,,,").append('\n');
            }
            details.forEach(detail -> csv.append(head).append(',').append(detail).append('\n'));
        }
        return csv.toString();
    }

    private static <T> List<String> rows(List<T> values, Function<T, String> row) {
        return values == null ? List.of() : values.stream().map(row).toList();
    }

    private static String row(Object... cells) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            row.append(i == 0 ? "" : ",").append(cell(cells[i]));
        }
        return row.toString();
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is prefixed so a spreadsheet does not run it as a formula. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            text = "'" + text;
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
