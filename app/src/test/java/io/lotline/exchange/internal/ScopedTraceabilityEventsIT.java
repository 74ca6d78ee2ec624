package io.lotline.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.exchange.ExportRequest;
import io.lotline.exchange.TraceabilityEvent;
import io.lotline.shared.jdbc.SqlArrays;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A recall's scope can name more lots than one array may hold (H2: 65,536) or one statement may take parameters
 * (PostgreSQL: 65,535), and so can the traceability lot codes an authority asks for: the export still finds every
 * event of the lots named and none of the others.
 */
class ScopedTraceabilityEventsIT extends IntegrationTest {
    @Autowired
    TraceabilityEvents events;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void a_scope_of_more_lots_than_one_array_holds_finds_the_events_of_its_lots_only() {
        Floor.Site site = floor.aSite();
        Item item = floor.anItem().register();
        List<String> received = List.of(floor.receive(site, item, "10", site.rack(), null),
                floor.receive(site, item, "20", site.rack(), null), floor.receive(site, item, "30", site.rack(), null));
        String other = floor.receive(site, item, "40", site.rack(), null);
        List<String> scope = new ArrayList<>();
        for (int n = 0; n < 2 * SqlArrays.MAX_ELEMENTS + 20_000; n++) {
            scope.add("NOT-IN-STOCK-" + n);
        }
        scope.add(0, received.get(0));
        scope.add(SqlArrays.MAX_ELEMENTS + 7, received.get(1));
        scope.add(received.get(2));
        ExportRequest request = new ExportRequest(item.sku(), null, null, List.of());

        List<TraceabilityEvent> found = transaction.execute(status -> events.find(request, scope));

        assertThat(found).extracting(TraceabilityEvent::cte).containsOnly("Receiving").hasSize(3);
        assertThat(found).extracting(TraceabilityEvent::quantity).map(quantity -> quantity.stripTrailingZeros()
                .toPlainString()).containsExactlyInAnyOrder("10", "20", "30");
        List<TraceabilityEvent> ofTheOther = transaction.execute(status -> events.find(request, List.of(other)));
        List<TraceabilityEvent> ofNone = transaction.execute(status -> events.find(request, List.<String>of()));
        assertThat(ofTheOther).hasSize(1);
        assertThat(ofNone).isEmpty();
    }

    @Test
    void more_traceability_lot_codes_than_one_array_holds_find_the_lots_by_either_code() {
        Floor.Site site = floor.aSite();
        Item item = floor.anItem().register();
        String ours = floor.receive(site, item, "10", site.rack(), null);
        String theirs = floor.receive(site, item, "20", site.rack(), null);
        String supplierLot = jdbc.sql("select supplier_lot from lots where lot_number = ?").param(theirs)
                .query(String.class).single();
        floor.receive(site, item, "40", site.rack(), null);
        List<String> codes = new ArrayList<>();
        for (int n = 0; n < SqlArrays.MAX_ELEMENTS + 20_000; n++) {
            codes.add("NOT-IN-STOCK-" + n);
        }
        codes.add(3, ours);
        codes.add(supplierLot);

        List<TraceabilityEvent> found = transaction.execute(status -> events.find(
                new ExportRequest(item.sku(), null, null, codes), null));

        assertThat(found).extracting(TraceabilityEvent::quantity).map(quantity -> quantity.stripTrailingZeros()
                .toPlainString()).containsExactlyInAnyOrder("10", "20");
    }
}
