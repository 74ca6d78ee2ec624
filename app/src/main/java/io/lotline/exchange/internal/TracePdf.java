package io.lotline.exchange.internal;

import io.lotline.pdf.PdfReport;
import io.lotline.genealogy.Direction;
import io.lotline.genealogy.Trace;
import java.time.ZoneId;
import java.util.List;

/**
 * A trace on paper: the lots as a tree indented by depth (the graph), the edges with quantities and orders, and the
 * shipments (forward) or receipts (reverse) and stock, for an auditor's file.
 */
final class TracePdf {
    private TracePdf() {
    }

    static byte[] of(Trace trace, ZoneId zone) {
        boolean forward = trace.direction() == Direction.FORWARD;
        PdfReport pdf = new PdfReport()
                .title((forward ? "Forward" : "Reverse") + " trace of " + String.join(", ", trace.roots()))
                .text(trace.lotsReached() + " lots reached" + (trace.maxDepth() == null ? ""
                        : ", at most " + trace.maxDepth() + " steps") + "; dates are business dates (occurred at) in " + zone.getId() + ".");
        pdf.heading("Lots by depth");
        for (Trace.Node node : trace.lots()) {
            pdf.text("  ".repeat(Math.min(node.depth(), 20)) + node.depth() + "  " + node.lotNumber() + "  "
                    + node.sku() + "  " + node.description() + "  [" + node.status() + "]"
                    + (node.expiryDate() == null ? "" : "  expires " + node.expiryDate()));
        }
        pdf.heading("Links").table(List.of("From lot", "To lot", "Quantity", "Order"), List.of(20, 20, 14, 22),
                trace.edges().stream().map(e -> List.of(e.parent(), e.child(), e.quantity().toString(),
                        e.productionOrder() == null ? "" : e.productionOrder())).toList());
        if (forward) {
            pdf.heading("Shipments").table(List.of("Lot", "Customer", "Date", "Quantity", "Delivery note"),
                    List.of(18, 22, 11, 14, 16), trace.shipments().stream().map(s -> List.of(s.lotNumber(),
                            s.customerName(), s.occurredAt().atZone(zone).toLocalDate().toString(), s.quantity().toString(),
                            s.deliveryNote() == null ? "" : s.deliveryNote())).toList());
            pdf.heading("Stock on hand").table(List.of("Lot", "Location", "Pallet", "Quantity"),
                    List.of(18, 16, 20, 14), trace.stock().stream().map(s -> List.of(s.lotNumber(), s.location(),
                            s.pallet() == null ? "" : s.pallet(), s.quantity().toString())).toList());
        } else {
            pdf.heading("Receipts").table(List.of("Lot", "Supplier", "Supplier lot", "Date", "Quantity", "PO"),
                    List.of(18, 20, 14, 11, 12, 12), trace.receipts().stream().map(r -> List.of(r.lotNumber(),
                            r.supplierName(), r.supplierLot() == null ? "" : r.supplierLot(),
                            r.occurredAt().atZone(zone).toLocalDate().toString(), r.quantity().toString(),
                            r.purchaseOrder() == null ? "" : r.purchaseOrder())).toList());
        }
        return pdf.render();
    }
}
