package io.lotline.exchange;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A distributor delivers a farm's spinach, the dairy's own cream arrives without a supplier code, the spinach is split
 * and made into soup in two batches, soup is shipped and some comes back: what FDA (FSMA 204) and an EU authority
 * (931/2011) read about it.
 */
class AuthorityExportsIT extends IntegrationTest {
    private Floor.Site site;
    private Item spinach;
    private String farm;
    private String owner;
    private final LocalDate dispatched = LocalDate.now().minusDays(2);

    @BeforeEach
    void aFarmAndAnOwnerBehindTheDistributor() {
        site = floor.aSite();
        spinach = floor.anItem().describedAs("Baby spinach").register();
        int n = Floor.next();
        farm = "FARM-" + n;
        owner = "OWNER-" + n;
        supplier(farm, "Green Acres Farm", "+1 831 555 0101");
        supplier(owner, "Salinas Growers Co-op", "+1 831 555 0199");
    }

    @Test
    void a_farm_lot_delivered_by_a_distributor_names_the_farm_as_tlc_source_with_reference_and_phone() {
        String lot = receive("""
                "supplierLot": "GA-0612", "tlcSource": {"party": "%s", "referenceType": "FFRN",
                "reference": "12345678901"}""".formatted(farm));

        MvcTestResult rows = as("compliance").get("/api/v1/exports/fsma204?lot=" + lot);

        assertThat((String) read(rows, "$[0].tlc")).isEqualTo("GA-0612");
        assertThat((String) read(rows, "$[0].tlcAssignedBy")).isEqualTo("TLC source named at receipt");
        assertThat((String) read(rows, "$[0].tlcSource.name")).isEqualTo("Green Acres Farm");
        assertThat((String) read(rows, "$[0].tlcSource.phone")).isEqualTo("+1 831 555 0101");
        assertThat((String) read(rows, "$[0].tlcSourceReferenceType")).isEqualTo("FFRN");
        assertThat((String) read(rows, "$[0].tlcSourceReference")).isEqualTo("12345678901");
        assertThat((String) read(rows, "$[0].previousSource.name")).isEqualTo("Mill " + site.supplier().substring(4));
    }

    @Test
    void a_lot_received_without_a_supplier_code_is_marked_as_coded_by_the_receiver() {
        String lot = receive("\"supplierLot\": null");

        MvcTestResult rows = as("compliance").get("/api/v1/exports/fsma204?lot=" + lot);

        assertThat((String) read(rows, "$[0].tlc")).isEqualTo(lot);
        assertThat((String) read(rows, "$[0].tlcAssignedBy")).isEqualTo("Receiver, 21 CFR 1.1345(b)");
        assertThat((String) read(rows, "$[0].tlcSource.name")).isEqualTo("Plant " + site.site().substring(1));
        assertThat((String) read(rows, "$[0].tlcSource.phone")).isEqualTo("+1 555 010 " + site.site().substring(1));
    }

    @Test
    void every_split_and_every_output_booking_is_its_own_transformation_event_shared_by_its_inputs_and_outputs() {
        String lot = receive("\"supplierLot\": \"GA-0613\"");
        MvcTestResult firstSplit = split(lot, "10");
        MvcTestResult secondSplit = split(lot, "5");
        String first = read(firstSplit, "$.lots[0].lotNumber");
        String second = read(secondSplit, "$.lots[0].lotNumber");
        String order = "SOUP-" + Floor.next();
        Item soup = floor.anItem().keptIn("EA").register();
        as("operator").post("/api/v1/production-orders", "{\"code\": \"%s\", \"outputSku\": \"%s\"}"
                .formatted(order, soup.sku()));
        as("operator").post("/api/v1/production-orders/" + order + "/consumptions", """
                {"inputs": [{"lotNumber": "%s", "quantity": {"amount": 5, "unit": "KG"}, "from": {"location": "%s"}}]}"""
                .formatted(first, site.rack()));
        String soup1 = output(order);
        String soup2 = output(order);
        MvcTestResult merge = as("operator").post("/api/v1/merges", """
                {"inputs": [{"lotNumber": "%s", "quantity": {"amount": 5, "unit": "KG"}, "from": {"location": "%s"}},
                            {"lotNumber": "%s", "quantity": {"amount": 5, "unit": "KG"}, "from": {"location": "%s"}}],
                 "to": {"location": "%s"}, "reason": "One bin"}"""
                .formatted(lot, site.rack(), second, site.rack(), site.rack()));
        assertThat(merge).hasStatus(201);
        String blend = read(merge, "$.lots[0].lotNumber");

        MvcTestResult rows = as("compliance").get("/api/v1/exports/fsma204?lot=" + lot + "&lot=" + first + "&lot="
                + second + "&lot=" + soup1 + "&lot=" + soup2 + "&lot=" + blend);

        String splitA = read(firstSplit, "$.productionOrder");
        String splitB = read(secondSplit, "$.productionOrder");
        assertThat(event(rows, splitA + "/1")).containsExactly("input " + lot, "output " + first);
        assertThat(event(rows, splitB + "/1")).containsExactly("input " + lot, "output " + second);
        assertThat(event(rows, order + "/1")).containsExactly("input " + first, "output " + soup1);
        assertThat(event(rows, order + "/2")).containsExactly("input " + first, "output " + soup2);
        String mergeOrder = read(merge, "$.productionOrder");
        assertThat(event(rows, mergeOrder + "/1")).containsExactly("input " + lot, "input " + second,
                "output " + blend);
        assertThat((List<String>) read(rows, "$[?(@.eventId == '" + mergeOrder + "/1')].referenceDocumentType"))
                .containsOnly("Merge record");
        assertThat((List<String>) read(rows, "$[?(@.cte == 'Transformation')].eventId")).hasSize(11);
        assertThat((List<String>) read(rows, "$[?(@.eventId == '" + splitA + "/1')].referenceDocumentNumber"))
                .containsOnly(splitA);
        assertThat((List<String>) read(rows, "$[?(@.eventId == '" + splitA + "/1')].referenceDocumentType"))
                .containsOnly("Split record");
    }

    @Test
    void one_up_one_down_gives_the_day_of_dispatch_the_owner_and_what_customers_sent_back() {
        MvcTestResult received = as("operator").post("/api/v1/receipts", """
                {"supplier": "%s", "purchaseOrder": "PO-9", "dispatchedOn": "%s", "consignor": "%s",
                 "lines": [{"sku": "%s", "quantity": {"amount": 100, "unit": "KG"}, "supplierLot": "SG-1",
                 "destination": {"location": "%s"}}]}"""
                .formatted(site.supplier(), dispatched, owner, spinach.sku(), site.rack()));
        assertThat(received).hasStatus(201);
        String lot = read(received, "$.lots[0].lotNumber");
        as("operator").post("/api/v1/shipments", """
                {"lotNumber": "%s", "quantity": {"amount": 30, "unit": "KG"}, "from": {"location": "%s"},
                 "customer": "%s", "references": {"deliveryNote": "DN-S1"}}"""
                .formatted(lot, site.rack(), site.customer()));
        assertThat(as("operator").post("/api/v1/returns", """
                {"lotNumber": "%s", "quantity": {"amount": 4, "unit": "KG"}, "to": {"location": "%s"},
                 "customer": "%s", "references": {"deliveryNote": "RN-S1"}, "reasonCode": "WILTED"}"""
                .formatted(lot, site.quarantine(), site.customer()))).hasStatus(201);

        MvcTestResult report = as("compliance").get("/api/v1/exports/one-up-one-down?lot=" + lot);

        assertThat((List<String>) read(report, "$.suppliedFrom[*].dispatchedOn")).containsExactly(dispatched.toString());
        assertThat((List<String>) read(report, "$.suppliedFrom[*].consignorName"))
                .containsExactly("Salinas Growers Co-op");
        assertThat((List<String>) read(report, "$.suppliedTo[*].document")).containsExactly("Delivery note DN-S1");
        assertThat((List<String>) read(report, "$.returnedFrom[*].dispatchedFromName"))
                .containsExactly("Shop " + site.customer().substring(4));
        assertThat((List<String>) read(report, "$.returnedFrom[*].document")).containsExactly("Return note RN-S1");
        assertThat(io.lotline.support.Api.body(as("compliance").get("/api/v1/exports/one-up-one-down.csv?lot=" + lot)))
                .contains("returned_from").contains("Salinas Growers Co-op").contains(dispatched.toString());
    }

    @Test
    void a_wrong_tlc_source_reference_a_late_dispatch_or_a_bad_phone_is_refused_and_nothing_is_booked() {
        long lots = count("lots");

        assertThat(as("operator").post("/api/v1/receipts", """
                {"supplier": "%s", "lines": [{"sku": "%s", "quantity": {"amount": 1, "unit": "KG"},
                 "supplierLot": "X-1", "tlcSource": {"referenceType": "FFRN", "reference": "1234"},
                 "destination": {"location": "%s"}}]}""".formatted(site.supplier(), spinach.sku(), site.rack())))
                .hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo("lines[0].tlcSource.reference");
        assertThat(as("operator").post("/api/v1/receipts", """
                {"supplier": "%s", "lines": [{"sku": "%s", "quantity": {"amount": 1, "unit": "KG"},
                 "supplierLot": "X-1", "tlcSource": {"referenceType": "GLN", "reference": "4001234000016"},
                 "destination": {"location": "%s"}}]}""".formatted(site.supplier(), spinach.sku(), site.rack())))
                .hasStatus(400).bodyJson().extractingPath("$.rule").isEqualTo("gln-check-digit");
        assertThat(as("operator").post("/api/v1/receipts", """
                {"supplier": "%s", "dispatchedOn": "%s", "lines": [{"sku": "%s", "quantity": {"amount": 1,
                 "unit": "KG"}, "destination": {"location": "%s"}}]}"""
                .formatted(site.supplier(), LocalDate.now().plusDays(3), spinach.sku(), site.rack())))
                .hasStatus(400).bodyJson().extractingPath("$.rule").isEqualTo("dispatch-not-after-receipt");
        assertThat(as("supervisor").post("/api/v1/parties", """
                {"code": "BAD-PHONE-%d", "role": "SUPPLIER", "name": "X", "phone": "call Bob"}"""
                .formatted(Floor.next()))).hasStatus(400).bodyJson().extractingPath("$.rule").isEqualTo("phone-format");
        assertThat(count("lots")).isEqualTo(lots);
    }

    @Test
    void a_shipment_to_a_logistics_provider_names_the_owner_as_consignee_in_one_up_one_down() {
        String lot = receive("\"supplierLot\": \"SG-2\"");
        String retailer = customer("Αγορά Φρέσκων Λαχανικών", "Odos Ermou 12", "Αθήνα", "GR");
        assertThat(as("operator").post("/api/v1/shipments", """
                {"lotNumber": "%s", "quantity": {"amount": 30, "unit": "KG"}, "from": {"location": "%s"},
                 "customer": "%s", "references": {"deliveryNote": "DN-C1"}, "consignee": "%s"}"""
                .formatted(lot, site.rack(), site.customer(), retailer))).hasStatus(201);
        assertThat(as("operator").post("/api/v1/shipments", """
                {"lotNumber": "%s", "quantity": {"amount": 20, "unit": "KG"}, "from": {"location": "%s"},
                 "customer": "%s", "references": {"deliveryNote": "DN-C2"}}"""
                .formatted(lot, site.rack(), site.customer()))).hasStatus(201);

        MvcTestResult report = as("compliance").get("/api/v1/exports/one-up-one-down?lot=" + lot);

        assertThat((List<String>) read(report, "$.suppliedTo[?(@.document == 'Delivery note DN-C1')].consigneeName"))
                .containsExactly("Αγορά Φρέσκων Λαχανικών");
        assertThat((List<String>) read(report,
                "$.suppliedTo[?(@.document == 'Delivery note DN-C1')].consigneeAddress"))
                .containsExactly("Odos Ermou 12, Αθήνα, GR");
        assertThat((List<String>) read(report, "$.suppliedTo[?(@.document == 'Delivery note DN-C1')].dispatchedToName"))
                .containsExactly("Shop " + site.customer().substring(4));
        assertThat((List<String>) read(report, "$.suppliedTo[?(@.document == 'Delivery note DN-C2')].consigneeName"))
                .containsExactly((String) null);
        assertThat((List<String>) read(report, "$.suppliedFrom[*].consigneeName")).containsExactly((String) null);
        assertThat(io.lotline.support.Api.body(as("compliance").get("/api/v1/exports/one-up-one-down.csv?lot=" + lot)))
                .contains("consignee,consignee_address,document")
                .contains("Αγορά Φρέσκων Λαχανικών,\"Odos Ermou 12, Αθήνα, GR\",Delivery note DN-C1");
        MvcTestResult rows = as("compliance").get("/api/v1/exports/fsma204?lot=" + lot);
        assertThat((List<String>) read(rows, "$[?(@.referenceDocumentNumber == 'DN-C1')].consignee.name"))
                .containsExactly("Αγορά Φρέσκων Λαχανικών");
    }

    @Test
    void a_shipment_naming_an_unknown_consignee_a_supplier_or_the_customer_itself_is_refused_and_nothing_is_booked() {
        String lot = receive("\"supplierLot\": \"SG-3\"");
        long entries = count("ledger_entries");
        long consignees = count("shipment_consignees");

        MvcTestResult unknown = ship(lot, "NOBODY-" + Floor.next());
        MvcTestResult supplier = ship(lot, owner);
        MvcTestResult itself = ship(lot, site.customer());

        assertThat(unknown).hasStatus(404).bodyJson().extractingPath("$.field").isEqualTo("consignee");
        assertThat((String) read(unknown, "$.value")).startsWith("NOBODY-");
        assertThat(supplier).hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("party-role");
        assertThat(itself).hasStatus(400).bodyJson().extractingPath("$.rule")
                .isEqualTo("consignee-differs-from-customer");
        assertThat((String) read(itself, "$.field")).isEqualTo("consignee");
        assertThat((String) read(itself, "$.value")).isEqualTo(site.customer());
        assertThat(count("ledger_entries")).isEqualTo(entries);
        assertThat(count("shipment_consignees")).isEqualTo(consignees);
    }

    private MvcTestResult ship(String lot, String consignee) {
        return as("operator").post("/api/v1/shipments", """
                {"lotNumber": "%s", "quantity": {"amount": 1, "unit": "KG"}, "from": {"location": "%s"},
                 "customer": "%s", "consignee": "%s"}""".formatted(lot, site.rack(), site.customer(), consignee));
    }

    /** Registers a customer with an address and returns its code. */
    private String customer(String name, String street, String city, String country) {
        String code = "RETAIL-" + Floor.next();
        assertThat(as("supervisor").post("/api/v1/parties", """
                {"code": "%s", "role": "CUSTOMER", "name": "%s", "address": {"street": "%s", "city": "%s",
                 "country": "%s"}}""".formatted(code, name, street, city, country))).hasStatus(201);
        return code;
    }

    /** The rows of one transformation event as "role lot". */
    private static List<String> event(MvcTestResult rows, String id) {
        List<String> roles = read(rows, "$[?(@.eventId == '" + id + "')].role");
        List<String> lots = read(rows, "$[?(@.eventId == '" + id + "')].internalLot");
        return java.util.stream.IntStream.range(0, roles.size()).mapToObj(i -> roles.get(i) + " " + lots.get(i))
                .toList();
    }

    private MvcTestResult split(String lot, String amount) {
        MvcTestResult split = as("operator").post("/api/v1/splits", """
                {"lotNumber": "%s", "from": {"location": "%s"},
                 "parts": [{"quantity": {"amount": %s, "unit": "KG"}, "to": {"location": "%s"}}]}"""
                .formatted(lot, site.rack(), amount, site.rack()));
        assertThat(split).hasStatus(201);
        return split;
    }

    private String output(String order) {
        MvcTestResult made = as("operator").post("/api/v1/production-orders/" + order + "/outputs", """
                {"outputs": [{"quantity": {"amount": 10, "unit": "EA"}, "to": {"location": "%s"}}]}"""
                .formatted(site.rack()));
        assertThat(made).hasStatus(201);
        return read(made, "$.lots[0].lotNumber");
    }

    private String receive(String lineFields) {
        MvcTestResult received = as("operator").post("/api/v1/receipts", """
                {"supplier": "%s", "purchaseOrder": "PO-%d", "lines": [{"sku": "%s",
                 "quantity": {"amount": 100, "unit": "KG"}, %s, "destination": {"location": "%s"}}]}"""
                .formatted(site.supplier(), Floor.next(), spinach.sku(), lineFields, site.rack()));
        assertThat(received).hasStatus(201);
        return read(received, "$.lots[0].lotNumber");
    }

    private void supplier(String code, String name, String phone) {
        assertThat(as("supervisor").post("/api/v1/parties", """
                {"code": "%s", "role": "SUPPLIER", "name": "%s", "phone": "%s"}""".formatted(code, name, phone)))
                .hasStatus(201);
    }
}
