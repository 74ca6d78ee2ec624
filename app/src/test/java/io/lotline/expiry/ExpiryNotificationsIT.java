package io.lotline.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.lotline.catalog.Item;
import io.lotline.expiry.AlertEvent.Channel;
import io.lotline.expiry.AlertEvent.Kind;
import io.lotline.expiry.AlertEvent.Outcome;
import io.lotline.expiry.internal.WebhookReceiver;
import io.lotline.identity.Role;
import io.lotline.support.Floor;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Notifications leave after the sweep commits: e-mails to a real SMTP server (GreenMail) and signed webhook calls to a
 * local HTTP server that fails before it accepts. Every attempt is in the alert's history.
 */
class ExpiryNotificationsIT extends ExpiryFixture {
    private static final String SECRET = "webhook-secret-for-the-erp";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @Autowired
    JavaMailSenderImpl mailSender;

    @Autowired
    private MeterRegistry meters;
    private String hostBefore;
    private int portBefore;

    /** Points the application's SMTP settings at GreenMail for this test, and back afterwards. */
    @BeforeEach
    void mailGoesToGreenMail() {
        hostBefore = mailSender.getHost();
        portBefore = mailSender.getPort();
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(smtp.getSmtp().getPort());
    }

    @AfterEach
    void mailSettingsRestored() {
        mailSender.setHost(hostBefore);
        mailSender.setPort(portBefore);
    }

    @Test
    void a_raised_alert_is_mailed_to_the_holders_of_its_roles_and_to_its_addresses() throws Exception {
        String sales = "sales-" + Floor.next() + "@bakery.example";
        assertThat(as("admin").put("/api/v1/alert-recipients/quality", "{\"email\": \"quality@bakery.example\"}"))
                .hasStatus(200);
        Item item = anItemIn(aCategory());
        rules.define(new AlertRuleDefinition(item.sku(), null, true, null, List.of(
                level(30, new Recipients(Set.of(Role.QUALITY, Role.COMPLIANCE), List.of(sales), List.of())))));
        String lot = lotExpiringOn(item, expiry);
        double mailedBefore = delivered("email", "sent");

        sweep.sweep(at(expiry.minusDays(30), 6));

        MimeMessage toSales = await().atMost(Duration.ofSeconds(10)).until(() -> messageTo(sales), m -> m != null);
        assertThat(toSales.getSubject()).startsWith("[Lotline] CRITICAL Lot " + lot).contains("30-day alert");
        assertThat(GreenMailUtil.getBody(toSales)).contains("expires on " + expiry).contains("100 KG");
        ExpiryAlert alert = alertsOf(lot).get(0);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notifications(alert))
                .anySatisfy(sent(Channel.EMAIL, "quality@bakery.example", Outcome.SENT))
                .anySatisfy(sent(Channel.EMAIL, sales, Outcome.SENT))
                .anySatisfy(event -> assertThat(event.outcome()).isEqualTo(Outcome.SKIPPED)));
        assertThat(notifications(alert)).filteredOn(event -> event.outcome() == Outcome.SKIPPED)
                .extracting(AlertEvent::recipient).contains("role COMPLIANCE: user compliance has no alert address");
        assertThat(messageTo("quality@bakery.example")).isNotNull();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(delivered("email", "sent") - mailedBefore).isGreaterThanOrEqualTo(2));
    }

    /** The scrape's {@code lotline_alert_deliveries_total} for one channel and outcome. */
    private double delivered(String channel, String outcome) {
        Counter counter = meters.find("lotline.alert.deliveries").tags("channel", channel, "outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void a_webhook_is_signed_and_retried_with_growing_pauses_until_it_is_accepted() {
        try (WebhookReceiver erp = WebhookReceiver.failingFirst(2, 503)) {
            String lot = lotWithWebhookRule(erp.url());

            sweep.sweep(at(expiry.minusDays(30), 6));

            ExpiryAlert alert = alertsOf(lot).get(0);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notifications(alert))
                    .extracting(AlertEvent::attempt, AlertEvent::outcome)
                    .containsExactly(tuple(1, Outcome.FAILED), tuple(2, Outcome.FAILED), tuple(3, Outcome.SENT)));
            assertThat(notifications(alert).get(0).detail()).isEqualTo("HTTP 503");
            List<WebhookReceiver.Call> calls = erp.calls();
            assertThat(calls).hasSize(3);
            assertThat(calls).extracting(WebhookReceiver.Call::delivery).containsOnly(calls.get(0).delivery());
            WebhookReceiver.Call accepted = calls.get(2);
            assertThat(accepted.signature()).isEqualTo(WebhookReceiver.expectedSignature(SECRET, accepted.body()));
            assertThat(accepted.signature()).isNotEqualTo(WebhookReceiver.expectedSignature("another-secret-of-16",
                    accepted.body()));
            assertThat(accepted.event()).isEqualTo("expiry-alert.raised");
            assertThat(accepted.body()).contains("\"lotNumber\":\"" + lot + "\"")
                    .contains("\"expiryDate\":\"" + expiry + "\"").contains("\"daysBeforeExpiry\":30");
        }
    }

    @Test
    void a_webhook_that_keeps_failing_is_given_up_after_the_bounded_attempts() {
        try (WebhookReceiver down = WebhookReceiver.failingFirst(Integer.MAX_VALUE, 500)) {
            String lot = lotWithWebhookRule(down.url());

            sweep.sweep(at(expiry.minusDays(30), 6));

            ExpiryAlert alert = alertsOf(lot).get(0);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notifications(alert)).hasSize(5));
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                    .untilAsserted(() -> assertThat(down.calls()).hasSize(5));
            assertThat(notifications(alert)).extracting(AlertEvent::outcome).containsOnly(Outcome.FAILED);
        }
    }

    @Test
    void a_webhook_that_refuses_the_call_is_not_retried() {
        try (WebhookReceiver strict = WebhookReceiver.failingFirst(Integer.MAX_VALUE, 400)) {
            String lot = lotWithWebhookRule(strict.url());

            sweep.sweep(at(expiry.minusDays(30), 6));

            ExpiryAlert alert = alertsOf(lot).get(0);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(notifications(alert))
                    .singleElement().satisfies(event -> assertThat(event.detail()).isEqualTo("HTTP 400, not retried")));
        }
    }

    @Test
    void an_ignored_alert_escalates_to_the_next_levels_recipients() throws Exception {
        String first = "first-" + Floor.next() + "@bakery.example";
        String next = "next-" + Floor.next() + "@bakery.example";
        Item item = anItemIn(aCategory());
        rules.define(new AlertRuleDefinition(item.sku(), null, false, null,
                List.of(level(30, email(first), 24, null), level(7, email(next)))));
        String lot = lotExpiringOn(item, expiry);
        Instant raised = at(expiry.minusDays(30), 6);

        sweep.sweep(raised);
        await().atMost(Duration.ofSeconds(10)).until(() -> messageTo(first), m -> m != null);
        assertThat(messageTo(next)).isNull();
        sweep.sweep(raised.plusSeconds(25 * 3600));

        MimeMessage escalation = await().atMost(Duration.ofSeconds(10)).until(() -> messageTo(next), m -> m != null);
        assertThat(escalation.getSubject()).startsWith("[Lotline] ESCALATED Lot " + lot);
        assertThat(GreenMailUtil.getBody(escalation)).contains("it is escalated to you");
        ExpiryAlert alert = alertsOf(lot).get(0);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(historyOf(alert))
                .extracting(AlertEvent::kind)
                .containsSubsequence(Kind.RAISED, Kind.NOTIFIED, Kind.ESCALATED, Kind.NOTIFIED));
    }

    private String lotWithWebhookRule(String url) {
        Item item = anItemIn(aCategory());
        rules.define(new AlertRuleDefinition(item.sku(), null, false, SECRET,
                List.of(level(30, new Recipients(Set.of(), List.of(), List.of(url))))));
        return lotExpiringOn(item, expiry);
    }

    private List<AlertEvent> notifications(ExpiryAlert alert) {
        return historyOf(alert).stream().filter(event -> event.kind() == Kind.NOTIFIED).toList();
    }

    private static Consumer<AlertEvent> sent(Channel channel, String recipient, Outcome outcome) {
        return event -> {
            assertThat(event.channel()).isEqualTo(channel);
            assertThat(event.recipient()).isEqualTo(recipient);
            assertThat(event.outcome()).isEqualTo(outcome);
        };
    }

    private static MimeMessage messageTo(String address) {
        Predicate<MimeMessage> addressed = message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> to.toString().equals(address));
            } catch (MessagingException unreadable) {
                return false;
            }
        };
        return Arrays.stream(smtp.getReceivedMessages()).filter(addressed).findFirst().orElse(null);
    }
}
