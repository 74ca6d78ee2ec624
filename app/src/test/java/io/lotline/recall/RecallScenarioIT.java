package io.lotline.recall;

import static io.lotline.support.Api.amount;
import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import io.lotline.catalog.Item;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A mill reports a contaminated flour lot by its own lot number. The bakery first runs a mock recall (nothing
 * changes, the time is taken), then the live recall: scope, confirmation that blocks the stock, customers, returns,
 * effectiveness, closure.
 */
class RecallScenarioIT extends IntegrationTest {
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @Autowired
    JavaMailSenderImpl mailSender;

    private Floor.Site site;
    private String flourA;
    private String flourB;
    private String bread;
    private String supplierLotA;
    private String cafe;
    private String hotel;

    @BeforeEach
    void flourIntoBreadShippedToTwoCustomers() {
        site = floor.aSite();
        cafe = site.customer();
        hotel = "CUS-H-" + Floor.next();
        as("supervisor").post("/api/v1/parties", """
                {"code": "%s", "role": "CUSTOMER", "name": "Hotel", "recallContact": {"name": "Max", "email": "max@hotel.example"}}"""
                .formatted(hotel));
        Item flour = floor.anItem().register();
        Item loaf = floor.anItem().keptIn("EA").register();
        flourA = floor.receive(site, flour, "100", site.rack(), null);
        flourB = floor.receive(site, flour, "100", site.rack(), null);
        supplierLotA = read(as("quality").get("/api/v1/lots/" + flourA), "$.lot.supplierLot");
        String order = "B-" + Floor.next();
        as("operator").post("/api/v1/production-orders", "{\"code\": \"%s\", \"outputSku\": \"%s\"}"
                .formatted(order, loaf.sku()));
        as("operator").post("/api/v1/production-orders/" + order + "/consumptions", """
                {"inputs": [{"lotNumber": "%s", "quantity": {"amount": 40, "unit": "KG"}, "from": {"location": "%s"}}]}"""
                .formatted(flourA, site.rack()));
        bread = read(as("operator").post("/api/v1/production-orders/" + order + "/outputs", """
                {"outputs": [{"quantity": {"amount": 100, "unit": "EA"}, "to": {"location": "%s"}}]}"""
                .formatted(site.rack())), "$.lots[0].lotNumber");
        ship(bread, "30", cafe, "DN-C1");
        ship(bread, "20", hotel, "DN-H1");
    }

    private void ship(String lot, String amount, String customer, String note) {
        assertThat(as("operator").post("/api/v1/shipments", """
                {"lotNumber": "%s", "quantity": {"amount": %s, "unit": "EA"}, "from": {"location": "%s"},
                 "customer": "%s", "references": {"deliveryNote": "%s"}}"""
                .formatted(lot, amount, site.rack(), customer, note))).hasStatus(201);
    }

    @Test
    void a_mock_recall_changes_nothing_and_reports_customers_mass_balance_and_time() {
        MvcTestResult drill = as("quality").post("/api/v1/mock-recalls", """
                {"purpose": "Yearly BRCGS test", "scope": {"supplierLot": "%s"}, "targetMinutes": 240}"""
                .formatted(supplierLotA));

        assertThat(drill).hasStatus(201);
        String code = read(drill, "$.code");
        assertThat(code).startsWith("MR-");
        assertThat((List<String>) read(drill, "$.affectedLots[*].lotNumber")).containsExactly(flourA, bread);
        assertThat((List<String>) read(drill, "$.customers[*].customer")).containsExactlyInAnyOrder(cafe, hotel);
        assertThat((List<String>) read(drill, "$.suppliers[*].supplierLot")).containsExactly(supplierLotA);
        assertThat((Boolean) read(drill, "$.massBalanceExact")).isTrue();
        assertThat((Boolean) read(drill, "$.withinTarget")).isTrue();
        assertThat((Integer) read(drill, "$.elapsedMillis")).isNotNegative();
        List<String> consumed = read(drill, "$.massBalance[?(@.lotNumber == '" + flourA + "')].consumed.amount");
        assertThat(consumed.toString()).isEqualTo("[40]");
        assertThat((String) read(as("quality").get("/api/v1/lots/" + bread), "$.lot.status")).isEqualTo("RELEASED");

        assertThat(io.lotline.support.Api.body(as("compliance").get("/api/v1/recalls?kind=MOCK")))
                .contains(code);
        MvcTestResult pdf = as("compliance").get("/api/v1/recalls/" + code + "/report.pdf");
        assertThat(pdf).hasStatus(200);
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
        assertThat(io.lotline.support.Api.body(as("compliance").get("/api/v1/recalls/" + code + "/report.csv")))
                .contains("customer," + bread).contains(cafe).contains("mass_balance," + flourA);
    }

    @Test
    void a_retried_mock_recall_returns_the_same_report_and_runs_the_drill_once() {
        String request = """
                {"purpose": "Yearly BRCGS test", "scope": {"lots": ["%s"]}}""".formatted(flourA);
        String key = "drill-" + Floor.next();
        long drills = count("recalls");

        MvcTestResult first = as("quality").post("/api/v1/mock-recalls", key, request);
        MvcTestResult retry = as("quality").post("/api/v1/mock-recalls", key, request);

        assertThat(first).hasStatus(201);
        assertThat(retry).hasStatus(201);
        assertThat(io.lotline.support.Api.body(retry)).isEqualTo(io.lotline.support.Api.body(first));
        assertThat(count("recalls")).isEqualTo(drills + 1);
        assertThat(as("quality").post("/api/v1/mock-recalls", key, request.replace("Yearly", "Monthly")))
                .hasStatus(409);
    }

    @Test
    void the_history_gives_back_a_drills_report_as_it_was_whether_kept_deflated_or_as_text_before() {
        MvcTestResult drill = as("quality").post("/api/v1/mock-recalls", """
                {"purpose": "Yearly BRCGS test", "scope": {"lots": ["%s"]}}""".formatted(flourA));
        String code = read(drill, "$.code");
        String answered = io.lotline.support.Api.body(drill);
        assertThat(jdbc.sql("""
                        select count(*) from recalls where code = ? and report is null and report_deflated is not null""")
                .param(code).query(Long.class).single()).as("kept deflated").isEqualTo(1);

        assertThat(io.lotline.support.Api.body(as("compliance").get("/api/v1/recalls/" + code))).isEqualTo(answered);

        jdbc.sql("update recalls set report = ?, report_deflated = null where code = ?").params(answered, code)
                .update();
        assertThat(io.lotline.support.Api.body(as("compliance").get("/api/v1/recalls/" + code))).isEqualTo(answered);
    }

    @Test
    void a_live_recall_blocks_the_stock_and_tracks_returns_until_it_is_closed() {
        MvcTestResult opened = as("quality").post("/api/v1/recalls", """
                {"reason": "Salmonella in mill silo 3", "scope": {"supplierLot": "%s"}}""".formatted(supplierLotA));
        assertThat(opened).hasStatus(201);
        String code = read(opened, "$.code");
        assertThat((String) read(opened, "$.status")).isEqualTo("OPEN");
        assertThat((String) read(as("quality").get("/api/v1/lots/" + bread), "$.lot.status")).isEqualTo("RELEASED");

        MvcTestResult confirmed = as("quality").post("/api/v1/recalls/" + code + "/confirmation", "{}");
        assertThat(confirmed).hasStatus(201);
        assertThat((String) read(as("quality").get("/api/v1/lots/" + bread), "$.lot.status")).isEqualTo("RECALLED");
        assertThat((String) read(as("quality").get("/api/v1/lots/" + flourA), "$.lot.status")).isEqualTo("RECALLED");
        assertThat((String) read(as("quality").get("/api/v1/lots/" + flourB), "$.lot.status")).isEqualTo("RELEASED");
        assertThat(as("quality").post("/api/v1/recalls/" + code + "/confirmation", "{}")).hasStatus(409)
                .bodyJson().extractingPath("$.rule").isEqualTo("recall-confirmed-once");
        MvcTestResult blocked = as("operator").post("/api/v1/shipments", """
                {"lotNumber": "%s", "quantity": {"amount": 1, "unit": "EA"}, "from": {"location": "%s"},
                 "customer": "%s"}""".formatted(bread, site.rack(), cafe));
        assertThat(blocked).hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("recall-holds-lot");

        String tooMuch = """
                {"customer": "%s", "lotNumber": "%s", "quantity": {"amount": %s, "unit": "EA"}, "location": "%s"}""";
        assertThat(as("operator").post("/api/v1/recalls/" + code + "/returns",
                tooMuch.formatted(cafe, bread, "31", site.quarantine()))).hasStatus(422)
                .bodyJson().extractingPath("$.rule").isEqualTo("not-more-than-shipped");
        assertThat(as("operator").post("/api/v1/recalls/" + code + "/returns",
                tooMuch.formatted(cafe, bread, "30", site.quarantine()))).hasStatus(201);
        assertThat(as("quality").post("/api/v1/recalls/" + code + "/notices/" + hotel + "/sent", "{}")).hasStatus(200);

        MvcTestResult report = as("quality").get("/api/v1/recalls/" + code);
        assertThat(amount(report, "$.effectiveness")).isEqualByComparingTo("0.6");
        assertThat((List<String>) read(report, "$.customers[?(@.customer == '" + hotel + "')].noticeStatus"))
                .containsExactly("SENT");
        assertThat(as("quality").get("/api/v1/recalls/" + code + "/notices/" + hotel + ".pdf")).hasStatus(200);
        assertThat((Boolean) read(report, "$.massBalanceExact")).isTrue();

        assertThat(as("quality").post("/api/v1/recalls/" + code + "/closure",
                "{\"password\": \"wrong-password-1\", \"summary\": \"x\"}")).hasStatus(422);
        MvcTestResult closed = as("quality").post("/api/v1/recalls/" + code + "/closure",
                "{\"password\": \"%s\", \"summary\": \"60%% recovered, rest destroyed on site\"}".formatted(PASSWORD));
        assertThat(closed).hasStatus(200).bodyJson().extractingPath("$.status").isEqualTo("CLOSED");
        assertThat((String) read(closed, "$.closedBy")).isEqualTo("Test quality");
        assertThat(report.getResponse().getHeader("ETag")).as("an open recall's report still changes").isNull();
        MvcTestResult closedReport = as("quality").get("/api/v1/recalls/" + code);
        String etag = closedReport.getResponse().getHeader("ETag");
        assertThat(etag).matches("\"[0-9a-f]{64}\"");
        assertThat(mvc.get().uri("/api/v1/recalls/" + code).header("If-None-Match", etag)
                .with(httpBasic("quality", PASSWORD)).exchange()).hasStatus(304);
        assertThat(as("quality").get("/api/v1/recalls/" + code).getResponse().getHeader("ETag")).isEqualTo(etag);
    }

    @Test
    void the_notice_is_mailed_to_the_customers_recall_contact_with_the_pdf_attached() throws Exception {
        String code = read(as("quality").post("/api/v1/recalls", """
                {"reason": "Glass fragments", "scope": {"lots": ["%s"]}}""".formatted(bread)), "$.code");
        as("quality").post("/api/v1/recalls/" + code + "/confirmation", "{}");
        assertThat(as("quality").post("/api/v1/recalls/" + code + "/notices/" + cafe + "/email", "{}"))
                .hasStatus(422).bodyJson().extractingPath("$.rule").isEqualTo("mail-configured");

        String host = mailSender.getHost();
        int port = mailSender.getPort();
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(smtp.getSmtp().getPort());
        try {
            MvcTestResult mailed = as("quality").post("/api/v1/recalls/" + code + "/notices/" + cafe + "/email", "{}");
            assertThat(mailed).hasStatus(200);
            assertThat((List<String>) read(mailed, "$.customers[?(@.customer == '" + cafe + "')].noticeStatus"))
                    .containsExactly("SENT");
        } finally {
            mailSender.setHost(host);
            mailSender.setPort(port);
        }
        MimeMessage notice = null;
        for (MimeMessage received : smtp.getReceivedMessages()) {
            if (received.getSubject().contains(code)) {
                notice = received;
            }
        }
        assertThat(notice).isNotNull();
        assertThat(notice.getAllRecipients()[0].toString()).isEqualTo("ben@shop.example");
        assertThat(GreenMailUtil.getBody(notice)).contains("Glass fragments").contains("application/pdf");
    }

    @Test
    void a_recall_on_an_unknown_lot_is_a_404() {
        assertThat(as("quality").post("/api/v1/recalls", """
                {"reason": "x", "scope": {"lots": ["NO-SUCH-LOT"]}}""")).hasStatus(404)
                .bodyJson().extractingPath("$.field").isEqualTo("scope.lots[0].lotNumber");
    }

    @Test
    void a_mass_balance_names_the_unknown_lot_among_those_asked_for() {
        assertThat(as("quality").get("/api/v1/mass-balance?lot=" + bread)).hasStatus(200)
                .bodyJson().extractingPath("$[0].lotNumber").isEqualTo(bread);
        assertThat(as("quality").get("/api/v1/mass-balance?lot=" + bread + "&lot=NO-SUCH-LOT")).hasStatus(404)
                .bodyJson().extractingPath("$.field").isEqualTo("lots[1].lotNumber");
    }
}
