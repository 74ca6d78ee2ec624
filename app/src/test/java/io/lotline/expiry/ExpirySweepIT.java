package io.lotline.expiry;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotline.catalog.Item;
import io.lotline.identity.Role;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Entry;
import io.lotline.ledger.EntryType;
import io.lotline.ledger.Ledger;
import io.lotline.ledger.Movements;
import io.lotline.ledger.Movements.ChangeLotStatus;
import io.lotline.ledger.Movements.ScrapStock;
import io.lotline.ledger.Place;
import io.lotline.lots.LotStatus;
import io.lotline.lots.Lots;
import io.lotline.shared.Quantity;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The sweep, moved through time: one alert per lot and level, stock on hand only, expired lots blocked once. */
class ExpirySweepIT extends ExpiryFixture {
    @Autowired
    Movements movements;
    @Autowired
    Lots lots;
    @Autowired
    Ledger ledger;


    private AlertRule ruleFor(String category, AlertLevel... levels) {
        return rules.define(new AlertRuleDefinition(null, category, false, null, List.of(levels)));
    }

    @Test
    void a_lot_gets_one_alert_per_level_however_often_the_sweep_runs() {
        String category = aCategory();
        ruleFor(category, level(90, role(Role.SUPERVISOR)), level(30, role(Role.QUALITY)),
                level(7, role(Role.QUALITY)));
        String lot = lotExpiringOn(anItemIn(category), expiry);

        sweep.sweep(at(expiry.minusDays(91), 6));
        assertThat(alertsOf(lot)).isEmpty();

        SweepReport first = sweep.sweep(at(expiry.minusDays(90), 6));
        sweep.sweep(at(expiry.minusDays(90), 7));
        sweep.sweep(at(expiry.minusDays(89), 6));
        assertThat(first.alertsRaised()).isPositive();
        assertThat(alertsOf(lot)).extracting(ExpiryAlert::daysBeforeExpiry).containsExactly(90);

        sweep.sweep(at(expiry.minusDays(30), 6));
        sweep.sweep(at(expiry.minusDays(29), 6));
        assertThat(alertsOf(lot)).extracting(ExpiryAlert::daysBeforeExpiry).containsExactly(90, 30);
        ExpiryAlert urgent = alertsOf(lot).get(1);
        assertThat(urgent.onHand().toString()).isEqualTo("100 KG");
        assertThat(urgent.status()).isEqualTo(AlertStatus.OPEN);
        assertThat(historyOf(urgent)).first().extracting(AlertEvent::kind).isEqualTo(AlertEvent.Kind.RAISED);
    }

    @Test
    void the_database_itself_refuses_a_second_alert_for_the_same_lot_and_level() {
        String category = aCategory();
        ruleFor(category, level(30, role(Role.QUALITY)));
        String lot = lotExpiringOn(anItemIn(category), expiry);
        sweep.sweep(at(expiry.minusDays(30), 6));
        long id = alertsOf(lot).get(0).id();

        assertThatThrownBy(() -> jdbc.sql("""
                        insert into expiry_alerts (lot_id, rule_id, days_before_expiry, expiry_date, critical, on_hand,
                                                   unit, status, raised_at)
                        select lot_id, rule_id, days_before_expiry, expiry_date, critical, on_hand, unit, 'OPEN',
                               raised_at
                          from expiry_alerts where id = ?""").param(id).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void sweeps_running_at_the_same_moment_raise_an_alert_once_and_block_a_lot_once() throws Exception {
        String category = aCategory();
        ruleFor(category, level(30, role(Role.QUALITY)));
        Item item = anItemIn(category);
        String alerted = lotExpiringOn(item, expiry);
        String expiring = lotExpiringOn(anItemIn(aCategory()), expiry.minusDays(31));

        List<Callable<SweepReport>> sweeps = Collections.nCopies(4, () -> sweep.sweep(at(expiry.minusDays(30), 6)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<SweepReport> done : pool.invokeAll(sweeps)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(alertsOf(alerted)).hasSize(1);
        assertThat(lots.lot(expiring).status()).isEqualTo(LotStatus.EXPIRED);
        assertThat(ledger.history(lots.lot(expiring).id()))
                .filteredOn(entry -> entry.type() == EntryType.STATUS_CHANGE).hasSize(1);
    }

    @Test
    void a_lot_received_with_little_time_left_gets_only_the_most_urgent_level_it_reached() {
        String category = aCategory();
        ruleFor(category, level(90, role(Role.QUALITY)), level(30, role(Role.QUALITY)), level(7, role(Role.QUALITY)));
        String lot = lotExpiringOn(anItemIn(category), expiry);

        sweep.sweep(at(expiry.minusDays(20), 6));

        assertThat(alertsOf(lot)).extracting(ExpiryAlert::daysBeforeExpiry).containsExactly(30);
    }

    @Test
    void only_lots_with_stock_on_hand_alert() {
        String category = aCategory();
        ruleFor(category, level(30, role(Role.QUALITY)));
        Item item = anItemIn(category);
        String kept = lotExpiringOn(item, expiry);
        String scrapped = lotExpiringOn(item, expiry);
        movements.scrap(new BookingContext(UUID.randomUUID().toString(), null), new ScrapStock(scrapped,
                Quantity.of("100", "KG"), new Place(site.rack(), null), List.of(), "DAMAGED", null));

        sweep.sweep(at(expiry.minusDays(30), 6));

        assertThat(alertsOf(kept)).hasSize(1);
        assertThat(alertsOf(scrapped)).isEmpty();
    }

    @Test
    void an_items_own_rule_wins_over_its_categorys_and_marks_critical_items() {
        String category = aCategory();
        ruleFor(category, level(30, role(Role.QUALITY)));
        Item vaccineBase = anItemIn(category);
        rules.define(new AlertRuleDefinition(vaccineBase.sku(), null, true, null,
                List.of(level(60, role(Role.QUALITY)))));
        String lot = lotExpiringOn(vaccineBase, expiry);

        sweep.sweep(at(expiry.minusDays(45), 6));

        assertThat(alertsOf(lot)).singleElement().satisfies(alert -> {
            assertThat(alert.daysBeforeExpiry()).isEqualTo(60);
            assertThat(alert.critical()).isTrue();
        });
    }

    @Test
    void a_lot_past_its_expiry_date_blocks_itself_through_the_ledger_once() {
        Item item = anItemIn(aCategory());
        String released = lotExpiringOn(item, expiry);
        String onHold = lotExpiringOn(item, expiry);
        String recalled = lotExpiringOn(item, expiry);
        changeStatus(onHold, LotStatus.ON_HOLD);
        changeStatus(recalled, LotStatus.RECALLED);

        sweep.sweep(at(expiry, 23));
        assertThat(lots.lot(released).status()).isEqualTo(LotStatus.RELEASED);

        SweepReport report = sweep.sweep(at(expiry.plusDays(1), 0));
        sweep.sweep(at(expiry.plusDays(2), 6));

        assertThat(report.lotsExpired()).isGreaterThanOrEqualTo(2);
        assertThat(lots.lot(released).status()).isEqualTo(LotStatus.EXPIRED);
        assertThat(lots.lot(onHold).status()).isEqualTo(LotStatus.EXPIRED);
        assertThat(lots.lot(recalled).status()).isEqualTo(LotStatus.RECALLED);
        List<Entry> statusEntries = ledger.history(lots.lot(released).id()).stream()
                .filter(entry -> entry.type() == EntryType.STATUS_CHANGE).toList();
        assertThat(statusEntries).singleElement().satisfies(entry -> {
            assertThat(entry.note()).isEqualTo("Expired on " + expiry);
            assertThat(entry.change().newValue()).isEqualTo("EXPIRED");
            assertThat(entry.actor()).isEqualTo("system");
        });
    }

    @Test
    void an_ignored_alert_escalates_once_after_its_hours_and_a_critical_one_after_half() {
        Item ordinary = anItemIn(aCategory());
        Item critical = anItemIn(aCategory());
        List<AlertLevel> levels = List.of(level(30, role(Role.SUPERVISOR), 24, null), level(7, role(Role.QUALITY)));
        rules.define(new AlertRuleDefinition(ordinary.sku(), null, false, null, levels));
        rules.define(new AlertRuleDefinition(critical.sku(), null, true, null, levels));
        String ordinaryLot = lotExpiringOn(ordinary, expiry);
        String criticalLot = lotExpiringOn(critical, expiry);
        Instant raised = at(expiry.minusDays(30), 6);

        sweep.sweep(raised);
        sweep.sweep(raised.plusSeconds(12 * 3600));
        assertThat(alertsOf(ordinaryLot).get(0).status()).isEqualTo(AlertStatus.OPEN);
        assertThat(alertsOf(criticalLot).get(0).status()).isEqualTo(AlertStatus.ESCALATED);

        sweep.sweep(raised.plusSeconds(24 * 3600));
        sweep.sweep(raised.plusSeconds(48 * 3600));
        ExpiryAlert escalated = alertsOf(ordinaryLot).get(0);
        assertThat(escalated.status()).isEqualTo(AlertStatus.ESCALATED);
        assertThat(escalated.escalatedAt()).isEqualTo(raised.plusSeconds(24 * 3600));
        assertThat(historyOf(escalated)).filteredOn(event -> event.kind() == AlertEvent.Kind.ESCALATED).hasSize(1);
    }

    @Test
    void an_acknowledged_alert_names_who_when_and_why_and_no_longer_escalates() {
        Item item = anItemIn(aCategory());
        rules.define(new AlertRuleDefinition(item.sku(), null, false, null,
                List.of(level(30, role(Role.OPERATOR), 4, email("boss@bakery.example")))));
        String lot = lotExpiringOn(item, expiry);
        sweep.sweep(at(expiry.minusDays(30), 6));
        long id = alertsOf(lot).get(0).id();
        String path = "/api/v1/expiry-alerts/" + id + "/acknowledgement";

        assertThat(as("operator").post(path, "{}")).hasStatus(400).bodyJson().extractingPath("$.field")
                .isEqualTo("comment");
        MvcTestResult acknowledged = as("operator").post(path, "{\"comment\": \"Offered to the outlet store\"}");
        MvcTestResult again = as("quality").post(path, "{\"comment\": \"Dispose\"}");
        sweep.sweep(at(expiry.minusDays(29), 6));

        assertThat(acknowledged).hasStatus(200);
        assertThat((String) read(acknowledged, "$.acknowledgement.by")).isEqualTo("operator");
        assertThat((String) read(acknowledged, "$.acknowledgement.comment")).isEqualTo("Offered to the outlet store");
        assertThat((String) read(acknowledged, "$.acknowledgement.at")).isNotBlank();
        assertThat(again).hasStatus(409).bodyJson().extractingPath("$.rule").isEqualTo("acknowledged-once");
        assertThat(alertsOf(lot).get(0).status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(historyOf(alertsOf(lot).get(0))).extracting(AlertEvent::kind)
                .contains(AlertEvent.Kind.RAISED, AlertEvent.Kind.ACKNOWLEDGED)
                .doesNotContain(AlertEvent.Kind.ESCALATED);
        assertThat(as("operator").post("/api/v1/expiry-alerts/0/acknowledgement", "{\"comment\": \"x\"}"))
                .hasStatus(404);
    }

    @Test
    void the_work_list_filters_by_status_and_level() {
        Item item = anItemIn(aCategory());
        rules.define(new AlertRuleDefinition(item.sku(), null, false, null,
                List.of(level(90, role(Role.QUALITY)), level(30, role(Role.QUALITY)))));
        String lot = lotExpiringOn(item, expiry);
        sweep.sweep(at(expiry.minusDays(90), 6));
        sweep.sweep(at(expiry.minusDays(30), 6));

        MvcTestResult open30 = as("operator").get("/api/v1/expiry-alerts?status=OPEN&level=30&size=500");
        MvcTestResult open90 = as("operator").get("/api/v1/expiry-alerts?status=OPEN&level=90&size=500");

        assertThat(open30).hasStatus(200);
        List<String> lots30 = read(open30, "$.content[*].lotNumber");
        List<Integer> levels30 = read(open30, "$.content[*].daysBeforeExpiry");
        List<String> statuses30 = read(open30, "$.content[*].status");
        assertThat(lots30).contains(lot);
        assertThat(levels30).containsOnly(30);
        assertThat(statuses30).containsOnly("OPEN");
        List<String> lots90 = read(open90, "$.content[*].lotNumber");
        assertThat(lots90).contains(lot);
        assertThat(as("operator").get("/api/v1/expiry-alerts?status=SOON")).hasStatus(400);
    }

    @Test
    void the_sweep_on_demand_runs_as_of_the_application_clock() {
        Item item = anItemIn(aCategory());
        rules.define(new AlertRuleDefinition(item.sku(), null, false, null, List.of(level(7, role(Role.QUALITY)))));
        String lot = lotExpiringOn(item, today().plusDays(5));

        MvcTestResult swept = as("quality").post("/api/v1/expiry-sweeps", "{}");

        assertThat(swept).hasStatus(200);
        assertThat((String) read(swept, "$.day")).isEqualTo(today().toString());
        assertThat(alertsOf(lot)).singleElement().satisfies(alert -> {
            assertThat(alert.daysBeforeExpiry()).isEqualTo(7);
            assertThat(historyOf(alert).get(0).actor()).isEqualTo("quality");
        });
        assertThat(as("operator").post("/api/v1/expiry-sweeps", "{}")).hasStatus(403);
    }

    private void changeStatus(String lot, LotStatus status) {
        movements.changeStatus(new BookingContext(UUID.randomUUID().toString(), null),
                new ChangeLotStatus(lot, status, "Test: " + status));
    }
}
