package io.lotline.sample.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.BatchPolicies;
import io.lotline.catalog.Catalog;
import io.lotline.identity.Users;
import io.lotline.ledger.EntryType;
import io.lotline.ledger.Entry;
import io.lotline.ledger.Ledger;
import io.lotline.ledger.LotDossier;
import io.lotline.ledger.Movements;
import io.lotline.lots.Lot;
import io.lotline.lots.LotStatus;
import io.lotline.lots.Lots;
import io.lotline.receiving.Receiving;
import io.lotline.shared.PageRequest;
import io.lotline.support.IntegrationTest;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The sample a newcomer sees loads through the real capabilities and leaves a consistent, chained ledger. */
class SampleBakeryIT extends IntegrationTest {
    @Autowired Catalog catalog;
    @Autowired Lots lots;
    @Autowired Receiving receiving;
    @Autowired Movements movements;
    @Autowired Users users;
    @Autowired Ledger ledger;
    @Autowired Clock clock;
    @Autowired TransactionTemplate transaction;
    @Autowired BatchPolicies policies;

    /**
     * The bakery makes its lot number format the company default; left so, it would number, and check the typed
     * numbers of, every lot of an item without a format of its own in the test classes that run after this one.
     */
    @AfterEach
    void the_bakery_format_is_no_longer_the_company_default() {
        jdbc.sql("update lot_number_formats set is_default = false where code = 'BAKERY'").update();
    }

    @Test
    void the_sample_bakery_loads_a_released_butter_lot_a_shipment_and_an_intact_chain() {
        transaction.executeWithoutResult(status ->
                new SampleBakery(catalog, lots, receiving, movements, users, clock, policies)
                        .load("sample-password"));

        Lot butter = lots.lots("BUTTER", null, new PageRequest(0, 5)).content().get(0);
        assertThat(butter.number().value()).matches("K\\d{5}-\\d{3}");
        assertThat(butter.status()).isEqualTo(LotStatus.RELEASED);
        assertThat(butter.supplierLot()).isEqualTo("UM 0419");
        assertThat(butter.attributes()).containsEntry("origin", "DE").containsEntry("allergen", "milk");
        LotDossier dossier = ledger.dossier(butter.number().value());
        assertThat(dossier.history()).extracting(Entry::type)
                .containsExactly(EntryType.RECEIPT, EntryType.STATUS_CHANGE, EntryType.TRANSFER);
        assertThat(dossier.onHand().toString()).isEqualTo("120 KG");
        Lot flour = lots.lots("FLOUR-550", null, new PageRequest(0, 5)).content().stream()
                .filter(lot -> lot.supplierLot().equals("MH-26-3371")).findFirst().orElseThrow();
        assertThat(ledger.dossier(flour.number().value()).history()).extracting(Entry::type)
                .contains(EntryType.SHIPMENT);
        assertThat(ledger.verify().intact()).isTrue();
    }
}
