package io.lotline.outbound;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lotline.catalog.Item;
import io.lotline.expiry.internal.WebhookReceiver;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The customer's quality system subscribes to what happens to one item's lots: it hears of each receipt and status
 * change once, signed, after the booking committed, even when it was down for the first attempts; what was rolled
 * back or not asked for is never sent.
 */
class OutboundEventsIT extends IntegrationTest {
    private static final String SECRET = "secret-of-the-customer-qms";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private Floor.Site site;
    private Item flour;
    private WebhookReceiver receiver;

    @BeforeEach
    void aSiteAndAnItem() {
        site = floor.aSite();
        flour = floor.anItem().register();
    }

    @AfterEach
    void receiverStopped() {
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void a_receipt_of_the_subscribed_item_is_delivered_once_signed_and_logged() {
        receiver = WebhookReceiver.failingFirst(0, 200);
        long subscription = subscribe("""
                {"name": "QMS", "webhookUrl": "%s", "webhookSecret": "%s", "eventTypes": ["ENTRY_BOOKED"],
                 "bizSteps": ["receiving"], "sku": "%s"}""".formatted(receiver.url(), SECRET, flour.sku()));

        String lot = floor.receive(site, flour, "100", site.rack(), null);
        floor.receive(site, floor.anItem().register(), "5", site.rack(), null);

        assertThat(messagesFor(subscription)).isEqualTo(1);
        await().atMost(PATIENCE).until(() -> receiver.calls().size() == 1);
        WebhookReceiver.Call call = receiver.calls().get(0);
        assertThat(call.event()).isEqualTo("EntryBooked");
        assertThat(call.signature()).isEqualTo(WebhookReceiver.expectedSignature(SECRET, call.body()));
        assertThat(call.body()).contains("\"bizStep\":\"receiving\"", "\"lotNumber\":\"" + lot + "\"",
                "\"type\":\"RECEIPT\"");
        await().atMost(PATIENCE).until(() -> deliveries(subscription).size() == 1);
        assertThat((List<String>) read(as("compliance").get("/api/v1/subscriptions/" + subscription
                + "/deliveries"), "$[*].outcome")).containsExactly("SENT");
    }

    @Test
    void a_receiver_that_is_down_gets_the_same_delivery_again_until_it_answers() {
        receiver = WebhookReceiver.failingFirst(2, 503);
        long subscription = subscribe("""
                {"name": "QMS", "webhookUrl": "%s", "webhookSecret": "%s", "eventTypes": ["LOT_STATUS_CHANGED"],
                 "sku": "%s"}""".formatted(receiver.url(), SECRET, flour.sku()));
        String lot = floor.receive(site, flour, "100", site.rack(), null);

        assertThat(as("quality").post("/api/v1/lots/" + lot + "/status",
                "{\"status\": \"ON_HOLD\", \"reason\": \"Mould found\"}")).hasStatus(201);

        await().atMost(PATIENCE).until(() -> deliveries(subscription).size() == 3);
        assertThat(deliveries(subscription)).containsExactly("3 SENT", "2 FAILED", "1 FAILED");
        assertThat(receiver.calls()).extracting(WebhookReceiver.Call::delivery).hasSize(3).containsOnly(
                receiver.calls().get(0).delivery());
        assertThat(receiver.calls().get(0).body()).contains("\"eventType\":\"LotStatusChanged\"",
                "\"bizStep\":\"holding\"", "\"newValue\":\"ON_HOLD\"");
    }

    @Test
    void a_recall_is_its_own_event_and_a_refused_booking_announces_nothing() {
        long subscription = subscribe("""
                {"name": "Recalls", "webhookUrl": "http://127.0.0.1:9/none", "webhookSecret": "%s",
                 "eventTypes": ["LOT_RECALLED", "ENTRY_BOOKED"], "sku": "%s"}""".formatted(SECRET, flour.sku()));
        String lot = floor.receive(site, flour, "10", site.rack(), null);
        long afterReceipt = messagesFor(subscription);

        assertThat(as("operator").post("/api/v1/shipments", """
                {"lotNumber": "%s", "quantity": {"amount": 11, "unit": "KG"}, "from": {"location": "%s"},
                 "customer": "%s"}""".formatted(lot, site.rack(), site.customer()))).hasStatus(409);
        assertThat(messagesFor(subscription)).isEqualTo(afterReceipt);
        assertThat(as("quality").post("/api/v1/lots/" + lot + "/status",
                "{\"status\": \"RECALLED\", \"reason\": \"Customer complaint\"}")).hasStatus(201);
        assertThat(jdbc.sql("select event_type from outbox_messages where subscription_id = ? order by id")
                .param(subscription).query(String.class).list()).containsExactly("EntryBooked", "LotRecalled");
    }

    @Test
    void a_cancelled_subscription_hears_nothing_more_and_is_no_longer_listed() {
        long subscription = subscribe("""
                {"name": "Old ERP", "webhookUrl": "https://erp.example/hooks", "webhookSecret": "%s",
                 "sku": "%s"}""".formatted(SECRET, flour.sku()));

        assertThat(as("admin").delete("/api/v1/subscriptions/" + subscription)).hasStatus(204);
        floor.receive(site, flour, "10", site.rack(), null);

        assertThat(messagesFor(subscription)).isZero();
        assertThat((List<Integer>) read(as("compliance").get("/api/v1/subscriptions"), "$[*].id"))
                .doesNotContain((int) subscription);
        assertThat(as("admin").delete("/api/v1/subscriptions/" + subscription)).hasStatus(404);
    }

    @Test
    void a_partner_who_asks_for_epcis_gets_each_booking_as_a_signed_document_valid_against_the_schema()
            throws Exception {
        Item tuna = floor.anItem().withGtin().register();
        receiver = WebhookReceiver.failingFirst(1, 503);
        long subscription = subscribe("""
                {"name": "Importer", "webhookUrl": "%s", "webhookSecret": "%s", "sku": "%s",
                 "format": "EPCIS_JSON_LD"}""".formatted(receiver.url(), SECRET, tuna.sku()));
        assertThat((List<String>) read(as("compliance").get("/api/v1/subscriptions"),
                "$[?(@.id == " + subscription + ")].format")).containsExactly("EPCIS_JSON_LD");

        String lot = floor.receive(site, tuna, "100", site.rack(), null);
        assertThat(as("quality").post("/api/v1/lots/" + lot + "/status",
                "{\"status\": \"ON_HOLD\", \"reason\": \"Mould found\"}")).hasStatus(201);

        await().atMost(PATIENCE).until(() -> receiver.calls().stream().map(WebhookReceiver.Call::delivery)
                .distinct().count() == 2);
        // the sender logs an attempt after its answer came, so the log may lag behind what the receiver saw
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deliveries(subscription)).contains("1 FAILED",
                "2 SENT"));
        var schema = epcisSchema();
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        List<String> told = new java.util.ArrayList<>();
        for (WebhookReceiver.Call call : receiver.calls()) {
            assertThat(call.signature()).isEqualTo(WebhookReceiver.expectedSignature(SECRET, call.body()));
            var document = json.readTree(call.body());
            assertThat(schema.validate(document)).isEmpty();
            var event = document.path("epcisBody").path("eventList").path(0);
            assertThat(event.path("quantityList").path(0).path("epcClass").asString()).isEqualTo("https://id.gs1.org/01/" + tuna.gtin().value() + "/10/" + lot);
            told.add(call.event() + " " + event.path("bizStep").asString() + " "
                    + event.path("disposition").asString());
        }
        assertThat(told.stream().distinct().toList()).containsExactly("EntryBooked receiving in_progress",
                "LotStatusChanged holding non_sellable_other");
        // the refused call and its retry carry one delivery id; the other message may have come between them
        List<String> retried = receiver.calls().stream()
                .collect(java.util.stream.Collectors.groupingBy(WebhookReceiver.Call::delivery)).values().stream()
                .filter(calls -> calls.size() > 1).findFirst().orElseThrow().stream()
                .map(call -> json.readTree(call.body()).path("epcisBody").path("eventList").path(0).path("eventID")
                        .asString()).toList();
        assertThat(retried.get(1)).as("a retry tells the same event").isEqualTo(retried.get(0));
    }

    @Test
    void a_subscription_with_a_bad_field_is_refused_naming_it_and_nothing_is_stored() {
        long before = count("outbound_subscriptions");

        assertThat(refusedField("""
                {"name": "QMS", "webhookUrl": "https://qms.example/hooks", "webhookSecret": "short"}"""))
                .isEqualTo("webhookSecret");
        assertThat(refusedField("""
                {"name": "QMS", "webhookUrl": "ftp://qms.example/hooks", "webhookSecret": "%s"}""".formatted(SECRET)))
                .isEqualTo("webhookUrl");
        assertThat(refusedField("""
                {"name": "QMS", "webhookUrl": "https://qms.example/hooks", "webhookSecret": "%s",
                 "bizSteps": ["baking"]}""".formatted(SECRET))).isEqualTo("bizSteps[0]");
        assertThat(refusedField("""
                {"name": "QMS", "webhookUrl": "https://qms.example/hooks", "webhookSecret": "%s",
                 "format": "EDI"}""".formatted(SECRET))).isEqualTo("format");
        assertThat(count("outbound_subscriptions")).isEqualTo(before);
        assertThat(body(as("compliance").get("/api/v1/subscriptions"))).doesNotContain(SECRET);
    }

    private static com.networknt.schema.Schema epcisSchema() throws java.io.IOException {
        try (var in = OutboundEventsIT.class.getResourceAsStream("/epcis/EPCIS-JSON-Schema.json")) {
            return com.networknt.schema.SchemaRegistry.withDefaultDialect(
                    com.networknt.schema.SpecificationVersion.DRAFT_7, builder -> builder.schemaRegistryConfig(
                            com.networknt.schema.SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                                    .build())).getSchema(in);
        }
    }

    private long subscribe(String json) {
        MvcTestResult created = as("compliance").post("/api/v1/subscriptions", json);
        assertThat(created).hasStatus(201);
        assertThat(io.lotline.support.Api.body(created)).doesNotContain(SECRET);
        return ((Number) read(created, "$.id")).longValue();
    }

    private String refusedField(String json) {
        MvcTestResult refused = as("compliance").post("/api/v1/subscriptions", json);
        assertThat(refused).hasStatus(400).hasContentType("application/problem+json");
        return read(refused, "$.field");
    }

    private long messagesFor(long subscription) {
        return jdbc.sql("select count(*) from outbox_messages where subscription_id = ?").param(subscription)
                .query(Long.class).single();
    }

    private List<String> deliveries(long subscription) {
        return jdbc.sql("""
                        select d.attempt, d.outcome from outbound_deliveries d join outbox_messages m on m.id = d.message_id
                        where m.subscription_id = ? order by d.id desc""").param(subscription)
                .query((rs, n) -> rs.getInt("attempt") + " " + rs.getString("outcome")).list();
    }

    private static String body(MvcTestResult result) {
        return io.lotline.support.Api.body(result);
    }
}
