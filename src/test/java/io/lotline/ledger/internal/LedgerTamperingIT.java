package io.lotline.ledger.internal;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.Item;
import io.lotline.ledger.BalanceDifference;
import io.lotline.ledger.ChainVerification;
import io.lotline.ledger.Ledger;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * What someone with the database in hand could do behind the application's back, and how verification finds it:
 * a stock balance changed without an entry, the newest entries deleted with the chain head rewound to match.
 */
class LedgerTamperingIT extends IntegrationTest {
    @Autowired
    Ledger ledger;

    @Test
    void a_balance_changed_behind_the_ledgers_back_is_named_with_its_lot_place_and_both_quantities() {
        Floor.Site site = floor.aSite();
        Item flour = floor.anItem().register();
        String lot = floor.receive(site, flour, "100", site.rack(), null);
        assertThat(ledger.verify().intact()).isTrue();

        setBalance(lot, "93");
        try {
            ChainVerification found = ledger.verify();
            assertThat(found.intact()).isFalse();
            assertThat(found.firstBrokenSeq()).isNull();
            assertThat(found.balancesDiffering()).isEqualTo(1);
            assertThat(found.balanceDifferences()).containsExactly(new BalanceDifference(lot, site.rack(), null,
                    flour.baseUnit().code(), new BigDecimal("100"), new BigDecimal("93")));
            assertThat(found.problem()).isEqualTo("1 balance row differs from the sum of the entries");

            MvcTestResult report = as("compliance").get("/api/v1/ledger/verification");
            assertThat(report).hasStatus(200);
            assertThat((Boolean) read(report, "$.intact")).isFalse();
            assertThat((List<String>) read(report, "$.balanceDifferences[*].lotNumber")).containsExactly(lot);
            assertThat((List<Number>) read(report, "$.balanceDifferences[*].found"))
                    .singleElement().satisfies(n -> assertThat(n.intValue()).isEqualTo(93));

            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            int exit = new VerifyLedgerCommand(ledger).execute(new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertThat(exit).isEqualTo(1);
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Balance of lot " + lot + " at "
                    + site.rack() + ": the entries give 100 KG, the balance row holds 93 KG");
        } finally {
            setBalance(lot, "100");
        }
        assertThat(ledger.verify().intact()).isTrue();
    }

    @Test
    void a_balance_row_removed_behind_the_ledgers_back_is_named_as_holding_nothing() {
        Floor.Site site = floor.aSite();
        Item flour = floor.anItem().register();
        String lot = floor.receive(site, flour, "40", site.dock(), "PAL-T" + Floor.next());
        String pallet = jdbc.sql("""
                        select c.code from stock_balances b join containers c on c.id = b.container_id
                         join lots l on l.id = b.lot_id where l.lot_number = ?""")
                .param(lot).query(String.class).single();

        jdbc.sql("delete from stock_balances where lot_id = (select id from lots where lot_number = ?)").param(lot)
                .update();
        try {
            assertThat(ledger.verify().balanceDifferences()).containsExactly(new BalanceDifference(lot, site.dock(),
                    pallet, flour.baseUnit().code(), new BigDecimal("40"), BigDecimal.ZERO));
        } finally {
            jdbc.sql("""
                            insert into stock_balances (lot_id, location_id, container_id, item_id, quantity)
                            select e.lot_id, e.to_location_id, e.to_container_id, e.item_id, e.base_quantity
                              from ledger_entries e join lots l on l.id = e.lot_id where l.lot_number = ?""")
                    .param(lot).update();
        }
        assertThat(ledger.verify().intact()).isTrue();
    }

    private void setBalance(String lot, String quantity) {
        jdbc.sql("""
                        update stock_balances set quantity = cast(? as decimal(19, 6))
                         where lot_id = (select id from lots where lot_number = ?)""")
                .params(quantity, lot).update();
    }
}
