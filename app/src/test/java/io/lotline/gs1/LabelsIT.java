package io.lotline.gs1;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.InitialLotStatus;
import io.lotline.catalog.Item;
import io.lotline.catalog.NewItem;
import io.lotline.catalog.TrackingPolicy;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Place;
import io.lotline.receiving.ReceiveGoods;
import io.lotline.receiving.Receiving;
import io.lotline.shared.Gtin;
import io.lotline.shared.Quantity;
import io.lotline.shared.Sscc;
import io.lotline.shared.UnitOfMeasure;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Labels over HTTP: a lot's PDF and ZPL, a pallet's logistic label, SSCCs numbered from the company prefix. */
class LabelsIT extends IntegrationTest {
    @Autowired
    private Catalog catalog;
    @Autowired
    private Receiving receiving;

    private Floor.Site site;
    private Item biscuits;

    @BeforeEach
    void anItemCountedInUnits() {
        site = floor.aSite();
        String gtin = "0" + "40123" + String.format("%07d", Floor.next());
        biscuits = catalog.registerItem(new NewItem("BISCUIT-" + Floor.next(), new Gtin(gtin + checkDigit(gtin)),
                "Butter biscuits", UnitOfMeasure.of("EA"), List.of(), TrackingPolicy.LOT, 180, null, null, null, null,
                InitialLotStatus.RELEASED, null, null));
    }

    @Test
    void new_ssccs_come_from_the_company_prefix_one_after_the_other_with_their_check_digit() {
        String first = read(as("operator").post("/api/v1/labels/ssccs", "{}"), "$.sscc");
        String second = read(as("operator").post("/api/v1/labels/ssccs", "{}"), "$.sscc");

        assertThat(first).startsWith("04012345").hasSize(18);
        assertThat(new Sscc(second).value()).isEqualTo(second);
        assertThat(Long.parseLong(second.substring(8, 17))).isEqualTo(Long.parseLong(first.substring(8, 17)) + 1);
    }

    @Test
    void a_lot_label_is_a_pdf_and_a_zpl_with_the_lot_and_its_quantity() {
        String lot = receive("24", null);

        MvcTestResult pdf = as("operator").get("/api/v1/labels/lots?lot=" + lot);
        MvcTestResult zpl = as("operator").get("/api/v1/labels/lots?lot=" + lot + "&kind=CASE&quantity=6&format=ZPL");

        assertThat(pdf).hasStatus(200).hasContentType("application/pdf");
        assertThat(pdf.getResponse().getContentAsByteArray()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(zpl).hasStatus(200).bodyText().contains("^FD(01)" + biscuits.gtin().value() + "(15)")
                .contains("(30)6(10)" + lot + "^FS");
    }

    @Test
    void a_pallet_label_names_the_sscc_and_the_one_lot_on_it() {
        String sscc = read(as("operator").post("/api/v1/labels/ssccs", "{}"), "$.sscc");
        String lot = receive("48", sscc);

        MvcTestResult zpl = as("operator").get("/api/v1/labels/pallets/" + sscc + "?format=ZPL");

        assertThat(zpl).hasStatus(200).bodyText().contains("^FD(00)" + sscc + "(02)" + biscuits.gtin().value())
                .contains("(37)48(10)" + lot + "^FS");
    }

    @Test
    void an_item_without_a_gtin_gets_no_gs1_lot_label() {
        Item plain = floor.anItem().register();
        String lot = floor.receive(site, plain, "5", site.rack(), null);

        MvcTestResult refused = as("operator").get("/api/v1/labels/lots?lot=" + lot);

        assertThat(refused).hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("label-needs-gtin");
    }

    @Test
    void the_attributes_the_policy_puts_on_labels_are_printed_as_text_on_lot_case_and_pallet_labels() throws Exception {
        String category = "FISH-" + Floor.next();
        as("supervisor").post("/api/v1/categories", "{\"code\": \"%s\", \"name\": \"Fish\"}".formatted(category));
        MvcTestResult policy = as("supervisor").put("/api/v1/categories/" + category + "/policy", """
                {"reason": "Catch area and temperature on every case", "attributes": [
                  {"name": "origin", "type": "COUNTRY"},
                  {"name": "catchArea", "type": "TEXT", "onLabel": true},
                  {"name": "storageTemperature", "type": "NUMBER", "unit": "CEL", "onLabel": true}]}""");
        assertThat(policy).hasStatus(200);
        assertThat((List<Boolean>) read(policy, "$.attributes[*].onLabel")).containsExactly(false, true, true);
        String gtin = "0" + "40123" + String.format("%07d", Floor.next());
        String sku = category + "-HAKE";
        assertThat(as("supervisor").post("/api/v1/items", """
                {"sku": "%s", "gtin": "%s", "description": "Hake", "baseUnit": "EA", "category": "%s",
                 "initialLotStatus": "RELEASED"}""".formatted(sku, gtin + checkDigit(gtin), category))).hasStatus(201);
        String sscc = read(as("operator").post("/api/v1/labels/ssccs", "{}"), "$.sscc");
        String lot = read(as("operator").post("/api/v1/receipts", """
                {"supplier": "%s", "lines": [{"sku": "%s", "quantity": {"amount": 12, "unit": "EA"},
                 "destination": {"location": "%s", "pallet": "%s"},
                 "attributes": {"origin": "PE", "catchArea": "FAO 87", "storageTemperature": "-18"}}]}"""
                .formatted(site.supplier(), sku, site.rack(), sscc)), "$.lots[0].lotNumber");

        MvcTestResult zpl = as("operator").get("/api/v1/labels/lots?lot=" + lot + "&kind=CASE&quantity=6&format=ZPL");
        MvcTestResult pdf = as("operator").get("/api/v1/labels/lots?lot=" + lot);
        MvcTestResult pallet = as("operator").get("/api/v1/labels/pallets/" + sscc + "?format=ZPL");

        assertThat(zpl).hasStatus(200).bodyText().contains("^FDcatchArea: FAO 87^FS")
                .contains("^FDstorageTemperature: -18 CEL^FS").doesNotContain("PE");
        assertThat(pallet).hasStatus(200).bodyText().contains("^FDcatchArea: FAO 87^FS");
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains("catchArea: FAO 87")
                    .contains("storageTemperature: -18 CEL").doesNotContain("origin");
        }
    }

    private String receive(String amount, String pallet) {
        ReceiveGoods.Line line = new ReceiveGoods.Line(biscuits.sku(), Quantity.of(amount, "EA"), null, "S-1", null,
                LocalDate.now().plusDays(90), new Place(site.rack(), pallet), List.of(), List.of(), null, null);
        return receiving.receive(new BookingContext(UUID.randomUUID().toString(), null),
                new ReceiveGoods(site.supplier(), "PO-LABEL", List.of(line))).lots().get(0).lotNumber();
    }

    private static int checkDigit(String digits) {
        int sum = 0;
        for (int i = digits.length() - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (digits.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10;
    }
}
