package io.lotline.ledger.internal;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import io.lotline.catalog.Item;
import io.lotline.ledger.BalanceDifference;
import io.lotline.ledger.ChainVerification;
import io.lotline.ledger.Ledger;
import io.lotline.support.Floor;
import io.lotline.ledger.domain.SignedHead;
import io.lotline.support.IntegrationTest;
import io.lotline.support.TestCheckpoints;
import io.lotline.support.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What someone with the database in hand could do behind the application's back, and how verification finds it:
 * a stock balance changed without an entry, the newest entries deleted with the chain head rewound to match (found
 * against a signed checkpoint outside the database), a checkpoint file forged.
 */
class LedgerTamperingIT extends IntegrationTest {
    @Autowired
    Ledger ledger;

    @Autowired
    JsonMapper json;

    @Autowired
    PlatformTransactionManager transactions;

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
            int exit = new VerifyLedgerCommand(ledger, json).execute(null, new PrintStream(printed, true, StandardCharsets.UTF_8), 1000);
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

    @Test
    void the_newest_entries_deleted_and_the_chain_head_rewound_are_found_against_the_latest_checkpoint()
            throws Exception {
        Floor.Site site = floor.aSite();
        Item flour = floor.anItem().register();
        floor.receive(site, flour, "10", site.rack(), null);
        floor.receive(site, flour, "20", site.rack(), null);
        MvcTestResult written = mvc.post().uri("/api/v1/ledger/checkpoints").with(httpBasic("compliance", PASSWORD))
                .exchange();
        assertThat(written).hasStatus(201);
        long seq = ((Number) read(written, "$.sequence")).longValue();
        String hash = read(written, "$.hash");
        String file = read(written, "$.file");
        assertThat(seq).isEqualTo(ledger.head().seq());
        assertThat(hash).isEqualTo(ledger.head().hash());
        assertThat(ledger.verify().checkpoint().sequence()).isEqualTo(seq);
        long kept = seq - 2;
        String keptHash = jdbc.sql("select hash from ledger_entries where seq = ?").param(kept).query(String.class)
                .single();

        withGuardOff(() -> inATransactionRolledBack(() -> {
            jdbc.sql("delete from ledger_entries where seq > ?").param(kept).update();
            jdbc.sql("update ledger_chain set seq = ?, hash = ? where id = 1").params(kept, keptHash).update();

            ChainVerification found = ledger.verify();
            assertThat(found.intact()).isFalse();
            assertThat(found.entriesChecked()).isEqualTo(kept);
            assertThat(found.firstBrokenSeq()).isEqualTo(seq);
            assertThat(found.problem()).contains("the ledger was truncated or rewound: checkpoint " + file
                    + " signed entry " + seq + " with hash " + hash, "but the chain now ends at entry " + kept);

            MvcTestResult report = as("admin").get("/api/v1/ledger/verification");
            assertThat(((Number) read(report, "$.firstBrokenSeq")).longValue()).isEqualTo(seq);
            assertThat((String) read(report, "$.checkpoint.hash")).isEqualTo(hash);
            assertThat(printedBy(new VerifyLedgerCommand(ledger, json))).contains("truncated or rewound");

            MvcTestResult refused = mvc.post().uri("/api/v1/ledger/checkpoints")
                    .with(httpBasic("compliance", PASSWORD)).exchange();
            assertThat(refused).hasStatus(409);
            assertThat((String) read(refused, "$.rule")).isEqualTo("chain-agrees-with-checkpoints");
        }));
        assertThat(ledger.verify().intact()).isTrue();
    }

    @Test
    void a_checkpoint_file_verifies_with_the_exported_public_key_without_lotline() throws Exception {
        MvcTestResult written = mvc.post().uri("/api/v1/ledger/checkpoints").with(httpBasic("admin", PASSWORD))
                .exchange();
        assertThat(written).hasStatus(201);
        JsonNode stored = JsonMapper.builder().build().readTree(Files.readString(Path.of(
                (String) read(written, "$.file"))));
        String pem = Files.readString(Path.of(TestCheckpoints.key() + ".pub"));
        PublicKey exported = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(
                Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").strip())));

        Signature check = Signature.getInstance("Ed25519");
        check.initVerify(exported);
        check.update(("lotline-checkpoint/1\nsequence:" + stored.get("sequence").asLong() + "\nhash:"
                + stored.get("hash").asString() + "\ntime:" + stored.get("time").asString() + "\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(check.verify(Base64.getDecoder().decode(stored.get("signature").asString()))).isTrue();
        assertThat(stored.get("publicKey").asString()).isEqualTo(Base64.getEncoder()
                .encodeToString(exported.getEncoded()));
    }

    @Test
    void a_forged_checkpoint_file_is_refused_and_named_never_trusted() throws Exception {
        long head = ledger.head().seq();
        CheckpointKey stranger = new CheckpointKey(Files.createTempDirectory(Path.of("target"), "stranger-")
                .resolve("key.pem"));
        CheckpointDirectory.Stored forged = new CheckpointDirectory(TestCheckpoints.directory(),
                JsonMapper.builder().build()).write(SignedHead.sign(head + 5, "ab".repeat(32), Instant.now(),
                stranger.pair().getPrivate()), stranger.publicKey(), stranger.pair().getPublic());
        try {
            ChainVerification found = ledger.verify();
            assertThat(found.intact()).isFalse();
            assertThat(found.problem()).contains("checkpoint file " + forged.file() + " was refused: its "
                    + "signature does not verify with the checkpoint key").doesNotContain("truncated");
        } finally {
            Files.delete(TestCheckpoints.directory().resolve(forged.file()));
        }
        assertThat(ledger.verify().intact()).isTrue();
    }

    private String printedBy(VerifyLedgerCommand command) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        command.execute(null, new PrintStream(printed, true, StandardCharsets.UTF_8), 1000);
        return printed.toString(StandardCharsets.UTF_8);
    }

    private void inATransactionRolledBack(Runnable tampering) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            tampering.run();
        });
    }

    /** Does what only a database owner can: switches the append-only trigger off meanwhile. */
    private void withGuardOff(Runnable statement) {
        if (TestDatabase.isPostgres()) {
            TestDatabase.owner(jdbc).sql("alter table ledger_entries disable trigger ledger_entries_append_only")
                    .update();
            try {
                statement.run();
            } finally {
                TestDatabase.owner(jdbc).sql("alter table ledger_entries enable trigger ledger_entries_append_only")
                    .update();
            }
        } else {
            jdbc.sql("drop trigger ledger_entries_append_only").update();
            try {
                statement.run();
            } finally {
                jdbc.sql("create trigger ledger_entries_append_only before update, delete on ledger_entries "
                        + "for each row call 'io.lotline.ledger.internal.H2AppendOnlyTrigger'").update();
            }
        }
    }

    private void setBalance(String lot, String quantity) {
        jdbc.sql("""
                        update stock_balances set quantity = cast(? as decimal(19, 6))
                         where lot_id = (select id from lots where lot_number = ?)""")
                .params(quantity, lot).update();
    }
}
