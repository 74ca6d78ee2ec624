package io.lotline.ledger.internal;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotline.catalog.Item;
import io.lotline.ledger.ChainVerification;
import io.lotline.ledger.Ledger;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import io.lotline.support.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.dao.DataAccessException;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Confirmed history cannot be rewritten through the database, and a rewrite behind the application's back (with the
 * guard switched off, as a database owner could) is found by the audit chain.
 */
class LedgerIntegrityIT extends IntegrationTest {
    @Autowired
    Ledger ledger;

    @Autowired
    JsonMapper json;

    private long aReceiptEntry() {
        Floor.Site site = floor.aSite();
        Item flour = floor.anItem().register();
        String lot = floor.receive(site, flour, "100", site.dock(), null);
        return jdbc.sql("select e.id from ledger_entries e join lots l on l.id = e.lot_id where l.lot_number = ?")
                .param(lot).query(Long.class).single();
    }

    @Test
    void the_database_refuses_to_update_or_delete_a_confirmed_entry_or_lot() {
        long entry = aReceiptEntry();

        assertThatThrownBy(() -> jdbc.sql("update ledger_entries set quantity = 1 where id = ?").param(entry).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from ledger_entries where id = ?").param(entry).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("update lots set expiry_date = null").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void an_entry_altered_behind_the_applications_back_is_reported_by_verify_ledger() {
        long entry = aReceiptEntry();
        long seq = jdbc.sql("select seq from ledger_entries where id = ?").param(entry).query(Long.class).single();
        assertThat(ledger.verify().intact()).isTrue();

        withGuardOff(() -> jdbc.sql("update ledger_entries set quantity = quantity + 1 where id = ?").param(entry)
                .update());
        try {
            ChainVerification broken = ledger.verify();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBrokenEntryId()).isEqualTo(entry);
            assertThat(broken.firstBrokenSeq()).isEqualTo(seq);
            assertThat(broken.problem()).contains("altered");

            MvcTestResult report = as("compliance").get("/api/v1/ledger/verification");
            assertThat(report).hasStatus(200);
            assertThat((Integer) read(report, "$.firstBrokenEntryId")).isEqualTo((int) entry);
            assertThat(as("operator").get("/api/v1/ledger/verification")).hasStatus(403);

            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            int exit = new VerifyLedgerCommand(ledger, json).execute(null, new PrintStream(printed, true, StandardCharsets.UTF_8), 1000);
            assertThat(exit).isEqualTo(1);
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("BROKEN at chain position " + seq);
        } finally {
            withGuardOff(() -> jdbc.sql("update ledger_entries set quantity = quantity - 1 where id = ?")
                    .param(entry).update());
        }
        assertThat(ledger.verify().intact()).isTrue();
        assertThat(new VerifyLedgerCommand(ledger, json).execute(null, new PrintStream(new ByteArrayOutputStream()), 1000)).isZero();
    }

    @Test
    void a_relinked_entry_is_reported_even_when_its_own_hash_was_recomputed() {
        long entry = aReceiptEntry();
        String hash = jdbc.sql("select prev_hash from ledger_entries where id = ?").param(entry)
                .query(String.class).single();

        withGuardOff(() -> jdbc.sql("update ledger_entries set prev_hash = ? where id = ?")
                .params("f".repeat(64), entry).update());
        try {
            ChainVerification broken = ledger.verify();
            assertThat(broken.firstBrokenEntryId()).isEqualTo(entry);
            assertThat(broken.problem()).contains("link to the previous entry");
        } finally {
            withGuardOff(() -> jdbc.sql("update ledger_entries set prev_hash = ? where id = ?").params(hash, entry)
                    .update());
        }
    }

    @Test
    void verify_ledger_reports_progress_and_prints_its_result_as_the_last_line() {
        aReceiptEntry();
        aReceiptEntry();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exit = new VerifyLedgerCommand(ledger, json).execute(new PrintStream(printed, true,
                StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()), new DefaultApplicationArguments(
                "--progress-every=1"));

        assertThat(exit).isZero();
        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        long entries = ledger.head().seq();
        assertThat(lines.get(0)).isEqualTo("Verifying " + entries + " entries, every balance and the checkpoints ...");
        assertThat(lines).contains("  1 of " + entries + " entries verified",
                "  " + entries + " of " + entries + " entries verified");
        assertThat(lines.get(lines.size() - 1)).startsWith("Ledger intact: " + entries
                + " entries and every balance verified; ");
    }

    @Test
    void verify_ledger_with_json_prints_the_result_as_one_json_line_and_the_progress_apart() throws Exception {
        aReceiptEntry();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        int exit = new VerifyLedgerCommand(ledger, json).execute(new PrintStream(printed, true, StandardCharsets.UTF_8),
                new PrintStream(progress, true, StandardCharsets.UTF_8), new DefaultApplicationArguments("--json",
                        "--progress-every=1"));

        assertThat(exit).isZero();
        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode result = json.readTree(lines.get(0));
        assertThat(result.get("intact").asBoolean()).isTrue();
        assertThat(result.get("entriesChecked").asLong()).isEqualTo(ledger.head().seq());
        assertThat(result.get("balancesDiffering").asLong()).isZero();
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains(" entries verified");
    }

    @Test
    void verify_ledger_refuses_a_progress_interval_that_is_not_a_positive_number() {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();

        int exit = new VerifyLedgerCommand(ledger, json).execute(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(errors, true, StandardCharsets.UTF_8),
                new DefaultApplicationArguments("--progress-every=often"));

        assertThat(exit).isEqualTo(2);
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("--progress-every must be a whole number");
    }

    /** Does what only a database owner can: switches the append-only trigger off for one statement. */
    private void withGuardOff(Runnable statement) {
        if (TestDatabase.isPostgres()) {
            TestDatabase.owner(jdbc).sql("alter table ledger_entries disable trigger ledger_entries_append_only")
                    .update();
            statement.run();
            TestDatabase.owner(jdbc).sql("alter table ledger_entries enable trigger ledger_entries_append_only")
                    .update();
        } else {
            jdbc.sql("drop trigger ledger_entries_append_only").update();
            statement.run();
            jdbc.sql("create trigger ledger_entries_append_only before update, delete on ledger_entries "
                    + "for each row call 'io.lotline.ledger.internal.H2AppendOnlyTrigger'").update();
        }
    }
}
