package io.lotline.genealogy;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.support.Api;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A dairy pours five farms' milk into its silo on day 1 and draws a batch of yoghurt from it every day. On day 3 a
 * sixth farm's milk is poured into the same silo lot, and two more batches are drawn. The sixth farm then reports a
 * contamination. Only what was drawn after its milk entered the silo can contain it, and that is all the trace and
 * the recall name; the day-2 batch, booked late (after the sixth farm's milk was booked), is placed by its business
 * time.
 */
class SiloInTimeScenarioIT extends IntegrationTest {
    private final Instant day1 = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(5, ChronoUnit.DAYS);
    private Floor.Site site;
    private Item milk;
    private Item yoghurt;
    private final List<String> farms = new ArrayList<>();
    private String silo;
    private String hotel;
    private final List<String> batches = new ArrayList<>();

    @BeforeEach
    void fiveFarmsIntoTheSiloBatchesOverThreeDaysThenASixthFarmAndMoreBatches() {
        site = floor.aSite();
        hotel = "CUS-H-" + Floor.next();
        as("supervisor").post("/api/v1/parties", """
                {"code": "%s", "role": "CUSTOMER", "name": "Hotel", "recallContact": {"name": "Max", "email": "max@hotel.example"}}"""
                .formatted(hotel));
        milk = floor.anItem().register();
        yoghurt = floor.anItem().register();
        for (int farm = 0; farm < 6; farm++) {
            farms.add(floor.receive(site, milk, "1000", site.rack(), null));
        }
        silo = read(merge(null, at(1, 6), farms.get(0), farms.get(1), farms.get(2)), "$.lots[0].lotNumber");
        merge(silo, at(1, 7), farms.get(3), farms.get(4));

        batches.add(batch(at(1, 10)));
        String dayTwoOrder = "YO-" + Floor.next();
        batches.add(null);
        batches.add(batch(at(3, 10)));
        merge(silo, at(3, 14), farms.get(5));
        batches.add(batch(at(3, 16)));
        batches.add(batch(at(4, 10)));
        batches.set(1, batch(dayTwoOrder, at(2, 10)));

        ship(batches.get(0), site.customer());
        ship(batches.get(3), hotel);
    }

    @Test
    void a_batch_drawn_before_the_sixth_farms_milk_arrived_does_not_contain_it() {
        for (int day = 0; day < 3; day++) {
            MvcTestResult trace = trace("REVERSE", batches.get(day));
            assertThat((List<String>) read(trace, "$.lots[*].lotNumber")).as("batch of day %d", day + 1)
                    .containsExactlyInAnyOrder(batches.get(day), silo, farms.get(0), farms.get(1), farms.get(2),
                            farms.get(3), farms.get(4));
        }
        assertThat((List<String>) read(trace("REVERSE", batches.get(3)), "$.lots[*].lotNumber"))
                .containsExactlyInAnyOrder(batches.get(3), silo, farms.get(0), farms.get(1), farms.get(2),
                        farms.get(3), farms.get(4), farms.get(5));
    }

    @Test
    void the_forward_trace_and_the_mock_recall_of_the_sixth_farm_name_only_the_later_batches() {
        assertThat((List<String>) read(trace("FORWARD", farms.get(5)), "$.lots[*].lotNumber"))
                .containsExactly(farms.get(5), silo, batches.get(3), batches.get(4));

        MvcTestResult drill = as("quality").post("/api/v1/mock-recalls", """
                {"purpose": "Farm 6 reports contaminated milk", "scope": {"lots": ["%s"]}}""".formatted(farms.get(5)));

        assertThat(drill).hasStatus(201);
        assertThat((List<String>) read(drill, "$.affectedLots[*].lotNumber"))
                .containsExactly(farms.get(5), silo, batches.get(3), batches.get(4));
        assertThat((List<String>) read(drill, "$.customers[*].customer")).containsExactly(hotel);
        assertThat((Boolean) read(drill, "$.massBalanceExact")).isTrue();
        assertThat((List<String>) read(drill, "$.massBalance[*].lotNumber"))
                .containsExactlyInAnyOrder(farms.get(5), silo, batches.get(3), batches.get(4));
        assertThat(Api.body(as("compliance").get("/api/v1/exports/one-up-one-down?lot=" + batches.get(0))))
                .contains(farms.get(0)).doesNotContain(farms.get(5));
    }

    @Test
    void each_farms_share_of_a_batch_is_its_part_of_the_silo_when_the_batch_was_drawn() {
        List<Map<String, Object>> first = read(trace("REVERSE", batches.get(0)), "$.inputShares[?(@.output == '"
                + silo + "')]");
        assertThat(first).hasSize(5).allSatisfy(share -> {
            assertThat(share.get("share").toString()).isEqualTo("0.2");
            assertThat(share.get("drawnAt")).isEqualTo(at(1, 10).toString());
        });

        // 2,000 of the first five farms' milk was left when 1,000 of the sixth was poured in: a third is the sixth's
        MvcTestResult later = trace("REVERSE", batches.get(3));
        assertThat(read(later, "$.inputShares[?(@.input == '" + farms.get(5) + "')].share").toString())
                .isEqualTo("[0.333333]");
        assertThat(read(later, "$.inputShares[?(@.input == '" + farms.get(0) + "')].share").toString())
                .isEqualTo("[0.133333]");
        assertThat(read(later, "$.inputShares[?(@.output == '" + batches.get(3) + "')].share").toString())
                .isEqualTo("[1]");

        List<Map<String, Object>> sixth = read(trace("FORWARD", farms.get(5)), "$.inputShares[?(@.output == '"
                + silo + "')]");
        assertThat(sixth).extracting(share -> share.get("input")).containsOnly(farms.get(5));
        assertThat(sixth).extracting(share -> share.get("share").toString()).containsExactly("0.333333", "0.333333");
        assertThat(sixth).extracting(share -> share.get("drawnAt"))
                .containsExactly(at(3, 16).toString(), at(4, 10).toString());
    }

    @Test
    void a_continuous_order_puts_into_each_output_only_what_it_had_consumed_by_then() {
        String first = floor.receive(site, milk, "1000", site.rack(), null);
        String second = floor.receive(site, milk, "1000", site.rack(), null);
        String order = "CONT-" + Floor.next();
        assertThat(as("operator").post("/api/v1/production-orders", """
                {"code": "%s", "outputSku": "%s", "continuous": true}""".formatted(order, yoghurt.sku())))
                .hasStatus(201);
        consume(order, at(5, 6), first);
        String early = output(order, at(5, 8));
        consume(order, at(5, 9), second);
        String late = output(order, at(5, 11));

        assertThat((Boolean) read(as("quality").get("/api/v1/production-orders/" + order), "$.continuous")).isTrue();
        assertThat((List<String>) read(trace("REVERSE", early), "$.lots[*].lotNumber"))
                .containsExactlyInAnyOrder(early, first);
        assertThat((List<String>) read(trace("REVERSE", late), "$.lots[*].lotNumber"))
                .containsExactlyInAnyOrder(late, first, second);
        assertThat((List<String>) read(trace("FORWARD", second), "$.lots[*].lotNumber"))
                .containsExactly(second, late);
    }

    @Test
    void a_batch_order_puts_every_input_into_every_output_whenever_it_was_booked() {
        String first = floor.receive(site, milk, "1000", site.rack(), null);
        String second = floor.receive(site, milk, "1000", site.rack(), null);
        String order = "BATCH-" + Floor.next();
        as("operator").post("/api/v1/production-orders", """
                {"code": "%s", "outputSku": "%s"}""".formatted(order, yoghurt.sku()));
        consume(order, at(5, 6), first);
        String made = output(order, at(5, 8));
        consume(order, at(5, 9), second);

        assertThat((List<String>) read(trace("REVERSE", made), "$.lots[*].lotNumber"))
                .containsExactlyInAnyOrder(made, first, second);
    }

    private Instant at(int day, int hour) {
        return day1.plus(day - 1, ChronoUnit.DAYS).plus(hour, ChronoUnit.HOURS);
    }

    private MvcTestResult trace(String direction, String lot) {
        MvcTestResult trace = as("quality").get("/api/v1/traces?direction=" + direction + "&lot=" + lot);
        assertThat(trace).hasStatus(200);
        return trace;
    }

    private MvcTestResult merge(String into, Instant occurredAt, String... lots) {
        StringBuilder inputs = new StringBuilder();
        for (String lot : lots) {
            inputs.append(inputs.isEmpty() ? "" : ", ").append("""
                    {"lotNumber": "%s", "quantity": {"amount": 1000, "unit": "KG"}, "from": {"location": "%s"}}"""
                    .formatted(lot, site.rack()));
        }
        MvcTestResult merged = as("operator").post("/api/v1/merges?occurredAt=" + occurredAt, """
                {"inputs": [%s], "intoLot": %s, "to": {"location": "%s"}, "reason": "Into the silo"}"""
                .formatted(inputs, into == null ? "null" : "\"" + into + "\"", site.rack()));
        assertThat(merged).hasStatus(201);
        return merged;
    }

    private String batch(Instant drawnAt) {
        return batch("YO-" + Floor.next(), drawnAt);
    }

    private String batch(String order, Instant drawnAt) {
        as("operator").post("/api/v1/production-orders", """
                {"code": "%s", "outputSku": "%s"}""".formatted(order, yoghurt.sku()));
        consume(order, drawnAt, silo);
        return output(order, drawnAt.plus(1, ChronoUnit.HOURS));
    }

    private void consume(String order, Instant occurredAt, String lot) {
        assertThat(as("operator").post("/api/v1/production-orders/" + order + "/consumptions?occurredAt=" + occurredAt,
                """
                {"inputs": [{"lotNumber": "%s", "quantity": {"amount": 1000, "unit": "KG"}, "from": {"location": "%s"}}]}"""
                        .formatted(lot, site.rack()))).hasStatus(201);
    }

    private String output(String order, Instant occurredAt) {
        MvcTestResult made = as("operator").post("/api/v1/production-orders/" + order + "/outputs?occurredAt="
                + occurredAt, """
                {"outputs": [{"quantity": {"amount": 1000, "unit": "KG"}, "to": {"location": "%s"}}]}"""
                .formatted(site.rack()));
        assertThat(made).hasStatus(201);
        return read(made, "$.lots[0].lotNumber");
    }

    private void ship(String lot, String customer) {
        assertThat(as("operator").post("/api/v1/shipments", """
                {"lotNumber": "%s", "quantity": {"amount": 100, "unit": "KG"}, "from": {"location": "%s"},
                 "customer": "%s", "references": {"deliveryNote": "DN-%s"}}"""
                .formatted(lot, site.rack(), customer, lot))).hasStatus(201);
    }
}
