package io.lotline.ui;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.lotline.catalog.Item;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A trace told in time: the farm's milk poured into the silo on day 3 reaches only what was drawn from it afterwards,
 * and the timeline says when it entered, before the draw that follows; backwards, the batch's timeline starts with the
 * receipts of both farms' milk.
 */
class TraceTimelinePageIT extends IntegrationTest {

    @Test
    void a_trace_through_a_silo_lists_each_pour_and_draw_at_its_time_forward_and_backward() throws Exception {
        Floor.Site site = floor.aSite();
        Item milk = floor.anItem().register();
        Item yoghurt = floor.anItem().register();
        Instant day1 = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(10, ChronoUnit.DAYS);
        String first = floor.receive(site, milk, "1000", site.rack(), null);
        String late = floor.receive(site, milk, "1000", site.rack(), null);
        String silo = read(merge(site, null, day1.plus(6, ChronoUnit.HOURS), first), "$.lots[0].lotNumber");
        merge(site, silo, day1.plus(2, ChronoUnit.DAYS), late);
        String order = "P-" + Floor.next();
        assertThat(as("operator").post("/api/v1/production-orders", "{\"code\": \"%s\", \"outputSku\": \"%s\"}"
                .formatted(order, yoghurt.sku()))).hasStatus(201);
        Instant drawn = day1.plus(3, ChronoUnit.DAYS);
        assertThat(as("operator").post("/api/v1/production-orders/" + order + "/consumptions?occurredAt=" + drawn, """
                {"inputs": [{"lotNumber": "%s", "quantity": {"amount": 500, "unit": "KG"},
                             "from": {"location": "%s"}}]}""".formatted(silo, site.rack()))).hasStatus(201);
        MvcTestResult made = as("operator").post("/api/v1/production-orders/" + order + "/outputs?occurredAt="
                + drawn.plus(1, ChronoUnit.HOURS), """
                {"outputs": [{"quantity": {"amount": 500, "unit": "KG"}, "to": {"location": "%s"}}]}"""
                .formatted(site.rack()));
        assertThat(made).hasStatus(201);
        String batch = read(made, "$.lots[0].lotNumber");

        String page = page("/lots/" + late + "/trace/timeline?direction=FORWARD");

        List<Event> events = events(page);
        assertThat(events).extracting(Event::kind).containsExactly("poured", "consumed");
        assertThat(events.get(0).text()).contains(late, silo, "1000");
        assertThat(events.get(0).at()).isEqualTo(day1.plus(2, ChronoUnit.DAYS).toString());
        assertThat(events.get(1).text()).contains(silo, batch);
        assertThat(events.get(1).at()).isEqualTo(drawn.toString());
        assertThat(page).contains("href=\"/lots/" + late + "/trace?direction=FORWARD\"");

        List<Event> back = events(page("/lots/" + batch + "/trace/timeline?direction=REVERSE"));
        // the milk went into the silo ten days ago (booked late); its receipts are booked today, so they come last
        assertThat(back).extracting(Event::kind).containsExactly("consumed", "poured", "consumed", "received",
                "received");
        assertThat(back.get(0).text()).contains(first, silo);
        assertThat(back.get(1).text()).contains(late, silo);
        assertThat(back.get(2).text()).contains(silo, batch);
    }

    @Test
    void the_timeline_is_for_those_who_may_trace_and_names_a_wrong_direction() throws Exception {
        Floor.Site site = floor.aSite();
        String lot = floor.receive(site, floor.anItem().register(), "5", site.rack(), null);

        assertThat(mvc.get().uri("/lots/" + lot + "/trace/timeline").with(user("operator").roles("OPERATOR"))
                .exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/lots/" + lot + "/trace/timeline?direction=SIDEWAYS")
                .with(user("quality").roles("QUALITY")).exchange()).hasStatus(400).bodyText().contains("SIDEWAYS");
        assertThat(events(page("/lots/" + lot + "/trace/timeline?direction=REVERSE"))).extracting(Event::kind)
                .containsExactly("received");
    }

    /** One event of the timeline as the page shows it: its kind, its time, and its text. */
    record Event(String kind, String at, String text) {
    }

    private String page(String uri) throws Exception {
        MvcTestResult page = mvc.get().uri(uri).with(user("quality").roles("QUALITY")).exchange();
        assertThat(page).hasStatusOk();
        return page.getResponse().getContentAsString();
    }

    private static List<Event> events(String page) {
        Matcher item = Pattern.compile("<li[^>]*data-kind=\"(\\w+)\"[^>]*data-at=\"([^\"]*)\"[^>]*>(.*?)</li>",
                Pattern.DOTALL).matcher(page);
        List<Event> events = new ArrayList<>();
        while (item.find()) {
            events.add(new Event(item.group(1), item.group(2), item.group(3).replaceAll("<[^>]+>", " ")));
        }
        return events;
    }

    private MvcTestResult merge(Floor.Site site, String into, Instant occurredAt, String lot) {
        MvcTestResult merged = as("operator").post("/api/v1/merges?occurredAt=" + occurredAt, """
                {"inputs": [{"lotNumber": "%s", "quantity": {"amount": 1000, "unit": "KG"},
                             "from": {"location": "%s"}}],
                 "intoLot": %s, "to": {"location": "%s"}, "reason": "Into the silo"}"""
                .formatted(lot, site.rack(), into == null ? "null" : "\"" + into + "\"", site.rack()));
        assertThat(merged).hasStatus(201);
        return merged;
    }
}
