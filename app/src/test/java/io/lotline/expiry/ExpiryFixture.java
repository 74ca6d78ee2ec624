package io.lotline.expiry;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.InitialLotStatus;
import io.lotline.catalog.Item;
import io.lotline.catalog.NewCategory;
import io.lotline.catalog.NewItem;
import io.lotline.catalog.TrackingPolicy;
import io.lotline.identity.Role;
import io.lotline.shared.UnitOfMeasure;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the expiry tests share: a site, items in a category of their own, lots with stock expiring on a chosen day,
 * and sweeps at chosen moments. Expiry dates lie ahead of today's date, so receiving accepts them; the tests then
 * sweep at moments before and after them, as the clock would move.
 */
abstract class ExpiryFixture extends IntegrationTest {
    @Autowired
    protected ExpirySweep sweep;
    @Autowired
    protected ExpiryRules rules;
    @Autowired
    protected ExpiryAlerts alerts;
    @Autowired
    protected Catalog catalog;
    @Autowired
    protected Clock clock;

    protected Floor.Site site;
    /** The expiry date of the lots a test receives: a hundred days after today. */
    protected LocalDate expiry;

    @BeforeEach
    void aSiteAndAnExpiryDate() {
        site = floor.aSite();
        expiry = today().plusDays(100);
    }

    protected String aCategory() {
        String code = "CAT-" + Floor.next();
        catalog.registerCategory(new NewCategory(code, "Category " + code, null));
        return code;
    }

    protected Item anItemIn(String category) {
        String sku = "EXP-" + Floor.next();
        return catalog.registerItem(new NewItem(sku, null, "Expiring " + sku, UnitOfMeasure.of("KG"), List.of(),
                TrackingPolicy.LOT, null, null, null, category, null, InitialLotStatus.RELEASED, null, null));
    }

    /** Receives 100 KG of the item into the rack, expiring on the given day. */
    protected String lotExpiringOn(Item item, LocalDate expiry) {
        return floor.receive(site, item, "100", site.rack(), null, expiry);
    }

    protected LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A moment on a business day, in the zone of the application's clock. */
    protected Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(clock.getZone()).toInstant();
    }

    /** The alerts of a lot, from the earliest level to the most urgent. */
    protected List<ExpiryAlert> alertsOf(String lotNumber) {
        return jdbc.sql("""
                        select a.id from expiry_alerts a join lots l on l.id = a.lot_id
                         where l.lot_number = ? order by a.days_before_expiry desc""")
                .param(lotNumber).query(Long.class).list().stream().map(id -> alerts.alert(id).alert()).toList();
    }

    protected List<AlertEvent> historyOf(ExpiryAlert alert) {
        return alerts.alert(alert.id()).history();
    }

    protected static Recipients role(Role role) {
        return new Recipients(Set.of(role), List.of(), List.of());
    }

    protected static Recipients email(String address) {
        return new Recipients(Set.of(), List.of(address), List.of());
    }

    protected static AlertLevel level(int days, Recipients recipients) {
        return new AlertLevel(days, recipients, null);
    }

    protected static AlertLevel level(int days, Recipients recipients, int escalateAfterHours, Recipients escalateTo) {
        return new AlertLevel(days, recipients, new Escalation(escalateAfterHours, escalateTo));
    }
}
