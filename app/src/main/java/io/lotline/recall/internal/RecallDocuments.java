package io.lotline.recall.internal;

import io.lotline.pdf.PdfReport;
import io.lotline.genealogy.Trace;
import io.lotline.lots.Lot;
import io.lotline.lots.Lots;
import io.lotline.recall.MassBalance;
import io.lotline.recall.RecallReport;
import io.lotline.recall.RecallReport.CustomerExposure;
import io.lotline.shared.CsvInjection;
import io.lotline.shared.Quantity;
import io.lotline.shared.Unknown;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The papers of a recall: the drill report an auditor reads (PDF and CSV: lots chosen, backward and forward trace,
 * customers, stock, mass balance, time against target, gaps) and the notice a customer receives.
 */
@Component
@EnableConfigurationProperties({CompanyProfile.class, RecallProperties.class})
class RecallDocuments implements io.lotline.recall.RecallPapers {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CompanyProfile company;
    private final Lots lots;
    private final ZoneId zone;

    RecallDocuments(CompanyProfile company, Lots lots, Clock clock) {
        this.company = company;
        this.lots = lots;
        this.zone = clock.getZone();
    }

    @Override
    public byte[] reportPdf(RecallReport r) {
        PdfReport pdf = new PdfReport().title(("MOCK".equals(r.kind()) ? "Mock recall " : "Recall ") + r.code())
                .text("Reason: " + r.reason())
                .text("Suspect lots: " + String.join(", ", r.suspectLots()));
        if (r.scopedBy() != null) {
            pdf.text("Suspects chosen by: " + r.scopedBy().inWords());
        }
        pdf.text("Started " + time(r.startedAt()) + (r.completedAt() == null ? ""
                        : ", completed " + time(r.completedAt())) + " (" + zone.getId() + ")")
                .text(r.elapsedMillis() == null ? "Status: " + r.status() : "Elapsed " + elapsed(r.elapsedMillis())
                        + " against a target of " + r.targetMinutes() + " minutes: "
                        + (Boolean.TRUE.equals(r.withinTarget()) ? "within target" : "TARGET MISSED"));
        pdf.heading("Backward: suppliers of the suspect lots").table(
                List.of("Lot", "Supplier", "Supplier lot", "PO", "Received", "Quantity"), List.of(16, 22, 14, 12, 12, 12),
                r.suppliers().stream().map(s -> List.of(s.lotNumber(), s.supplierName(), nz(s.supplierLot()),
                        nz(s.purchaseOrder()), day(s.occurredAt()), q(s.quantity()))).toList());
        pdf.heading("Forward: affected lots (" + r.affectedLots().size() + ")").table(
                List.of("Lot", "Item", "Depth", "Why", "Status", "On hand"), List.of(18, 14, 5, 22, 10, 14),
                r.affectedLots().stream().map(a -> List.of(a.lotNumber(), a.sku(), String.valueOf(a.depth()), a.via(),
                        a.status(), a.onHand() == null ? "-" : q(a.onHand()))).toList());
        pdf.heading("Customers (" + r.customers().size() + ")");
        for (CustomerExposure c : r.customers()) {
            pdf.text(c.name() + " (" + c.customer() + "), contact " + nz(c.contact()) + ", " + nz(c.email()) + ", "
                    + nz(c.phone()) + "; notice " + c.noticeStatus());
            pdf.table(List.of("Lot", "Shipped", "Quantity", "Delivery note", "Order"), List.of(18, 12, 12, 16, 16),
                    c.shipments().stream().map(s -> List.of(s.lotNumber(), day(s.occurredAt()),
                            q(s.quantity()), nz(s.deliveryNote()), nz(s.customerOrder()))).toList());
        }
        pdf.heading("Stock on hand to block").table(List.of("Lot", "Location", "Pallet", "Quantity"),
                List.of(18, 16, 20, 14), r.stockOnHand().stream().map(s -> List.of(s.lotNumber(), s.location(),
                        nz(s.pallet()), q(s.quantity()))).toList());
        pdf.heading("Mass balance (" + (r.massBalanceExact() ? "exact, no gaps" : "GAPS FOUND") + ")").table(
                List.of("Lot", "Received", "Produced", "Consumed", "Shipped", "Scrapped", "On hand", "Gap"),
                List.of(16, 10, 10, 10, 10, 9, 10, 8), r.massBalance().stream().map(RecallDocuments::balanceRow).toList());
        return pdf.render();
    }

    @Override
    public String reportCsv(RecallReport r) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("section", "lot", "item",
                "party", "detail", "date", "quantity", "unit", "document").get())) {
            csv.printRecord(CsvInjection.row("drill", r.code(), null, null, "elapsed_ms=" + r.elapsedMillis()
                    + " target_minutes=" + r.targetMinutes() + " within_target=" + r.withinTarget(), r.startedAt(),
                    null, null, null));
            for (Trace.Receipt s : r.suppliers()) {
                csv.printRecord(CsvInjection.row("supplier", s.lotNumber(), s.sku(), s.supplier(), s.supplierLot(),
                        s.occurredAt(), amount(s.quantity()), s.quantity().unit(), s.purchaseOrder()));
            }
            for (RecallReport.AffectedLot a : r.affectedLots()) {
                csv.printRecord(CsvInjection.row("affected", a.lotNumber(), a.sku(), null, a.via() + " depth "
                        + a.depth() + " " + a.status(), null, a.onHand() == null ? null : amount(a.onHand()),
                        a.onHand() == null ? null : a.onHand().unit(), null));
            }
            for (CustomerExposure c : r.customers()) {
                for (Trace.Shipment s : c.shipments()) {
                    csv.printRecord(CsvInjection.row("customer", s.lotNumber(), s.sku(), c.customer(), c.email(),
                            s.occurredAt(), amount(s.quantity()), s.quantity().unit(), s.deliveryNote()));
                }
            }
            for (MassBalance b : r.massBalance()) {
                csv.printRecord(CsvInjection.row("mass_balance", b.lotNumber(), b.sku(), null,
                        String.join(" ", balanceRow(b)), null, amount(b.gap()), b.gap().unit(), null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Override
    public byte[] noticePdf(RecallReport r, String customer) {
        CustomerExposure c = r.customers().stream().filter(x -> x.customer().equals(customer)).findFirst()
                .orElseThrow(() -> new Unknown("customer of this recall", "customer", customer));
        Map<String, RecallReport.AffectedLot> affected = r.affectedLots().stream()
                .collect(Collectors.toMap(RecallReport.AffectedLot::lotNumber, a -> a, (a, b) -> a));
        return new PdfReport().title("PRODUCT RECALL NOTICE " + r.code())
                .text("From: " + company.name() + ", " + company.address() + (company.phone() == null ? ""
                        : ", phone " + company.phone()))
                .text("Recall contact: " + company.contact())
                .text("To: " + c.name() + ", attention " + nz(c.contact()) + " (" + nz(c.email()) + ", "
                        + nz(c.phone()) + ")")
                .text("We are recalling the lots listed below. Reason: " + r.reason())
                .text("Stop selling and using them at once, keep them apart, and tell us how much you hold. We will "
                        + "collect them. Please confirm receipt of this notice.")
                .heading("What you received")
                .table(List.of("Lot", "Product", "Supplier lot", "Expiry", "Delivered", "Quantity", "Delivery note",
                                "Your order"), List.of(14, 22, 12, 10, 10, 10, 12, 12),
                        c.shipments().stream().map(s -> noticeRow(s, affected.get(s.lotNumber()))).toList())
                .render();
    }

    private List<String> noticeRow(Trace.Shipment s, RecallReport.AffectedLot affected) {
        Lot lot = lots.lot(s.lotNumber());
        return List.of(s.lotNumber(), s.sku() + (affected == null ? "" : " " + affected.description()),
                nz(lot.supplierLot()), lot.expiryDate() == null ? "" : lot.expiryDate().toString(),
                day(s.occurredAt()), q(s.quantity()), nz(s.deliveryNote()), nz(s.customerOrder()));
    }

    private String time(Instant instant) {
        return MINUTES.format(instant.atZone(zone));
    }

    private String day(Instant instant) {
        return instant.atZone(zone).toLocalDate().toString();
    }

    private static List<String> balanceRow(MassBalance b) {
        return List.of(b.lotNumber(), amount(b.received()), amount(b.produced()), amount(b.consumed()),
                amount(b.shipped()), amount(b.scrapped()), amount(b.onHand()), amount(b.gap()));
    }

    private static String elapsed(long millis) {
        Duration d = Duration.ofMillis(millis);
        return String.format("%d h %02d min %02d.%03d s", d.toHours(), d.toMinutesPart(), d.toSecondsPart(),
                d.toMillisPart());
    }

    private static String q(Quantity quantity) {
        return amount(quantity) + " " + quantity.unit();
    }

    private static String amount(Quantity quantity) {
        return quantity.amount().stripTrailingZeros().toPlainString();
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
