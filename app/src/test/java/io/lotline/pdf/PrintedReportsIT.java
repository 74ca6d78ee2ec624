package io.lotline.pdf;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Hops from Žatec bought through a Łódź dairy's trading arm, brewed and shipped to Thessaloniki and İzmir: every
 * printed report shows the names as they are written, carries a title, and dates without fractions of a second.
 */
class PrintedReportsIT extends IntegrationTest {
    private Floor.Site site;
    private String hopsLot;
    private String supplierLot;
    private String greekShop;
    private String turkishShop;
    private final LocalDate expiry = LocalDate.now().plusDays(90);

    @BeforeEach
    void hopsFromZatecShippedToThessalonikiAndIzmir() {
        site = floor.aSite();
        int n = Floor.next();
        String supplier = "SUP-PL-" + n;
        greekShop = "CUS-GR-" + n;
        turkishShop = "CUS-TR-" + n;
        party(supplier, "SUPPLIER", "Łódź Mleczarnia", "Łódź");
        party(greekShop, "CUSTOMER", "Θεσσαλονίκη Delicatessen", "Θεσσαλονίκη");
        party(turkishShop, "CUSTOMER", "İzmir Şarküteri", "İzmir");
        Item hops = floor.anItem().describedAs("Chmel Žatec (Saaz) pellets").register();
        MvcTestResult received = as("operator").post("/api/v1/receipts", """
                {"supplier": "%s", "purchaseOrder": "PO-%d", "lines": [{"sku": "%s",
                 "quantity": {"amount": 100, "unit": "KG"}, "supplierLot": "ŽAT-%d", "expiryDate": "%s",
                 "destination": {"location": "%s"}}]}""".formatted(supplier, n, hops.sku(), n, expiry, site.rack()));
        assertThat(received).hasStatus(201);
        hopsLot = read(received, "$.lots[0].lotNumber");
        supplierLot = "ŽAT-" + n;
        ship(greekShop, "30", "DN-Θ1");
        ship(turkishShop, "20", "DN-İ1");
    }

    @Test
    void a_trace_prints_greek_turkish_czech_and_polish_names_as_written() throws IOException {
        String forward = text(as("quality").get("/api/v1/exports/trace.pdf?direction=FORWARD&lot=" + hopsLot));
        String reverse = text(as("quality").get("/api/v1/exports/trace.pdf?direction=REVERSE&lot=" + hopsLot));

        assertThat(forward).contains("Θεσσαλονίκη Delicatessen", "İzmir Şarküteri", "Chmel Žatec (Saaz) pellets",
                "DN-Θ1").doesNotContain("?");
        assertThat(reverse).contains("Łódź Mleczarnia", supplierLot);
    }

    @Test
    void every_printed_report_carries_its_title_and_no_fractions_of_a_second() throws IOException {
        String code = read(as("quality").post("/api/v1/recalls", """
                {"reason": "Pleśń w partii – mould found", "scope": {"lots": ["%s"]}}""".formatted(hopsLot)), "$.code");

        MvcTestResult trace = as("quality").get("/api/v1/exports/trace.pdf?direction=FORWARD&lot=" + hopsLot);
        MvcTestResult report = as("quality").get("/api/v1/recalls/" + code + "/report.pdf");

        assertThat(title(trace)).isEqualTo("Forward trace of " + hopsLot);
        assertThat(title(report)).isEqualTo("Recall " + code);
        assertThat(text(report)).contains("Pleśń w partii – mould found", "Θεσσαλονίκη Delicatessen")
                .doesNotContainPattern("\\d{2}:\\d{2}:\\d{2}\\.\\d");
    }

    @Test
    void a_recall_notice_names_the_sender_its_recall_contact_and_each_lots_product_supplier_lot_and_expiry()
            throws IOException {
        String code = read(as("quality").post("/api/v1/recalls", """
                {"reason": "Mould", "scope": {"lots": ["%s"]}}""".formatted(hopsLot)), "$.code");

        MvcTestResult notice = as("quality").get("/api/v1/recalls/" + code + "/notices/" + greekShop + ".pdf");

        assertThat(title(notice)).isEqualTo("PRODUCT RECALL NOTICE " + code);
        assertThat(text(notice)).contains("Mleczarnia Łódź Sp. z o.o.", "ul. Piotrkowska 1, 90-001 Łódź, PL",
                "+48 42 123 45 67", "Zofia Żółkiewska", "+48 600 100 200", "recall@mleczarnia.example",
                "Θεσσαλονίκη Delicatessen", "Chmel Žatec", supplierLot, expiry.toString(), "DN-Θ1")
                .doesNotContain("DN-İ1");
    }

    private void party(String code, String role, String name, String city) {
        assertThat(as("supervisor").post("/api/v1/parties", """
                {"code": "%s", "role": "%s", "name": "%s", "address": {"city": "%s"}, "phone": "+30 2310 123456",
                 "recallContact": {"name": "Νίκος", "email": "n@example.com"}}""".formatted(code, role, name, city)))
                .hasStatus(201);
    }

    private void ship(String customer, String amount, String note) {
        assertThat(as("operator").post("/api/v1/shipments", """
                {"lotNumber": "%s", "quantity": {"amount": %s, "unit": "KG"}, "from": {"location": "%s"},
                 "customer": "%s", "references": {"deliveryNote": "%s"}}"""
                .formatted(hopsLot, amount, site.rack(), customer, note))).hasStatus(201);
    }

    private static String text(MvcTestResult pdf) throws IOException {
        assertThat(pdf).hasStatus(200);
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String title(MvcTestResult pdf) throws IOException {
        assertThat(pdf).hasStatus(200);
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            return document.getDocumentInformation().getTitle();
        }
    }
}
