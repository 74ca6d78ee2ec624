package io.lotline.ui;

import static io.lotline.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.lotline.catalog.Item;
import io.lotline.lots.LotStatus;
import io.lotline.lots.Lots;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The pages hold what they book to the text rules of the API (ADR 0028): one refusal per family of pages, each
 * shown beside the field it is about, naming the character, with nothing booked.
 */
class PageTextSafetyIT extends IntegrationTest {
    @Autowired
    Lots lots;

    private Floor.Site site;
    private Item flour;
    private String lot;

    @BeforeEach
    void aLotOfFlour() {
        site = floor.aSite();
        flour = floor.anItem().register();
        lot = floor.receive(site, flour, "100", site.rack(), null);
    }

    private MockMvcRequestBuilder post(String path, String username, String role) {
        return mvc.post().uri(path).with(user(username).roles(role)).with(csrf())
                .param("idempotencyKey", "k-" + UUID.randomUUID());
    }

    private static void assertRefusedBeside(MvcTestResult answer, String input, String character) {
        assertThat(answer).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(body(answer)).contains("id=\"" + input + "-error\"").contains(character);
    }

    @Test
    void a_recall_reason_with_a_bidirectional_override_is_refused_and_neither_a_recall_nor_a_drill_starts() {
        long recalls = count("recalls");

        MvcTestResult live = post("/recalls/live", "quality", "QUALITY").param("lots", lot)
                .param("reason", "Glass \u202Eniatnoc").exchange();
        MvcTestResult drill = post("/recalls/mock", "quality", "QUALITY").param("lots", lot)
                .param("reason", "Drill \u202Esdrawkcab").exchange();

        assertRefusedBeside(live, "reason", "U+202E");
        assertRefusedBeside(drill, "reason", "U+202E");
        assertThat(count("recalls")).isEqualTo(recalls);
        assertThat(lots.lot(lot).status()).isEqualTo(LotStatus.RELEASED);
    }

    @Test
    void a_hold_reason_with_a_nul_character_is_refused_on_the_quality_desk_and_the_lot_stays_waiting() {
        Item waiting = floor.anItem().quarantinedOnReceipt().register();
        String quarantined = floor.receive(site, waiting, "50", site.quarantine(), null);

        MvcTestResult refused = post("/quality/lots/" + quarantined + "/hold", "quality", "QUALITY")
                .param("reason", "Musty\u0000smell").exchange();

        assertRefusedBeside(refused, "reason-" + quarantined, "U+0000");
        assertThat(lots.lot(quarantined).status()).isEqualTo(LotStatus.QUARANTINE);
    }

    @Test
    void a_nonconformance_title_with_a_bidirectional_override_is_refused_and_nothing_is_opened_or_held() {
        long reports = count("nonconformances");

        MvcTestResult refused = post("/quality/nonconformances", "quality", "QUALITY").param("lots", lot)
                .param("title", "Glass \u202Eniatnoc").exchange();

        assertRefusedBeside(refused, "title-nc-new", "U+202E");
        assertThat(count("nonconformances")).isEqualTo(reports);
        assertThat(lots.lot(lot).status()).isEqualTo(LotStatus.RELEASED);
    }

    @Test
    void a_destination_with_a_zero_width_space_is_refused_on_the_move_page_and_nothing_moves() {
        long entries = count("ledger_entries");

        MvcTestResult refused = post("/handheld/move", "operator", "OPERATOR").param("stock0.lot", lot)
                .param("stock0.sku", flour.sku()).param("stock0.location", site.rack())
                .param("stock0.amount", "100").param("stock0.unit", "KG")
                .param("to", site.dock() + "\u200B").exchange();

        assertRefusedBeside(refused, "to", "U+200B");
        assertThat(count("ledger_entries")).isEqualTo(entries);
    }

    @Test
    void an_item_description_with_a_control_character_is_refused_on_the_admin_page_and_no_item_is_registered() {
        long items = count("items");

        MvcTestResult refused = post("/admin/items", "admin", "ADMIN").param("sku", "BELL-" + Floor.next())
                .param("description", "Rye\u0007flour").param("baseUnit", "KG").exchange();

        assertRefusedBeside(refused, "description", "U+0007");
        assertThat(count("items")).isEqualTo(items);
    }

    @Test
    void a_token_name_with_a_zero_width_joiner_is_refused_and_no_token_is_issued() {
        long tokens = count("api_tokens");

        MvcTestResult refused = post("/tokens", "quality", "QUALITY").param("name", "Lab\u200Dlaptop")
                .param("roles", "QUALITY").exchange();

        assertRefusedBeside(refused, "name", "U+200D");
        assertThat(count("api_tokens")).isEqualTo(tokens);
    }
}
