package io.lotline.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.ledger.ChainVerification;
import io.lotline.ledger.domain.SignedHead;
import io.lotline.ledger.internal.CheckpointDirectory.Stored;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The checkpoint key and directory on disk: the key made once and kept private, a file per head never overwritten,
 * forged or renamed files refused, and the chain held against what the files say.
 */
class CheckpointFilesTest {
    private static final String HASH_41 = "41".repeat(32);
    private static final String HASH_42 = "42".repeat(32);
    private static final Instant TIME = Instant.parse("2026-12-06T22:00:00Z");

    @TempDir
    Path temp;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void the_key_is_generated_on_first_use_readable_by_its_owner_only_and_read_back_the_same() throws Exception {
        Path file = temp.resolve("keys/checkpoint.pem");
        CheckpointKey first = new CheckpointKey(file);
        assertThat(first.exists()).isFalse();

        String publicKey = first.publicKey();

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(temp.resolve("keys/checkpoint.pem.pub"))).contains("BEGIN PUBLIC KEY");
        assertThat(new CheckpointKey(file).publicKey()).isEqualTo(publicKey);
        assertThat(SignedHead.sign(1, HASH_41, TIME, first.pair().getPrivate())
                .signedBy(new CheckpointKey(file).pair().getPublic())).isTrue();
    }

    @Test
    void a_head_is_written_once_and_a_second_writer_of_the_same_head_gets_the_first_file() throws Exception {
        CheckpointKey key = new CheckpointKey(temp.resolve("key.pem"));
        CheckpointDirectory directory = new CheckpointDirectory(temp.resolve("checkpoints"), json);
        SignedHead first = SignedHead.sign(42, HASH_42, TIME, key.pair().getPrivate());
        SignedHead later = SignedHead.sign(42, HASH_42, TIME.plusSeconds(60), key.pair().getPrivate());

        Stored written = directory.write(first, key.publicKey(), key.pair().getPublic());
        Stored again = directory.write(later, key.publicKey(), key.pair().getPublic());

        assertThat(written.file()).isEqualTo("checkpoint-00000000000000000042.json");
        assertThat(again.checkpoint()).isEqualTo(written.checkpoint());
        assertThat(again.checkpoint().time()).isEqualTo(TIME);
        assertThat(Files.list(temp.resolve("checkpoints"))).hasSize(1);
    }

    @Test
    void two_instances_writing_the_same_head_at_once_leave_one_complete_file() throws Exception {
        CheckpointKey key = new CheckpointKey(temp.resolve("key.pem"));
        CheckpointDirectory directory = new CheckpointDirectory(temp.resolve("checkpoints"), json);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Stored>> writers = java.util.stream.IntStream.range(0, 8).<Callable<Stored>>mapToObj(i ->
                    () -> directory.write(SignedHead.sign(7, HASH_41, TIME.plusSeconds(i), key.pair().getPrivate()),
                            key.publicKey(), key.pair().getPublic())).toList();
            List<Stored> results = pool.invokeAll(writers).stream().map(CheckpointFilesTest::get).toList();
            assertThat(results).allSatisfy(stored -> assertThat(stored.genuine()).isTrue());
            assertThat(results.stream().map(Stored::checkpoint).distinct()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(Files.list(temp.resolve("checkpoints"))).hasSize(1);
    }

    @Test
    void a_file_signed_by_another_key_altered_or_renamed_is_refused() throws Exception {
        CheckpointKey key = new CheckpointKey(temp.resolve("key.pem"));
        CheckpointKey stranger = new CheckpointKey(temp.resolve("other.pem"));
        Path dir = temp.resolve("checkpoints");
        CheckpointDirectory directory = new CheckpointDirectory(dir, json);
        directory.write(SignedHead.sign(5, HASH_41, TIME, stranger.pair().getPrivate()), stranger.publicKey(),
                stranger.pair().getPublic());
        directory.write(SignedHead.sign(6, HASH_41, TIME, key.pair().getPrivate()), key.publicKey(),
                key.pair().getPublic());
        Path altered = dir.resolve("checkpoint-00000000000000000006.json");
        Files.writeString(altered, Files.readString(altered).replace(HASH_41, HASH_42));
        directory.write(SignedHead.sign(8, HASH_41, TIME, key.pair().getPrivate()), key.publicKey(),
                key.pair().getPublic());
        Files.move(dir.resolve("checkpoint-00000000000000000008.json"),
                dir.resolve("checkpoint-00000000000000000009.json"));

        List<Stored> stored = directory.all(key.pair().getPublic());

        assertThat(stored).extracting(Stored::sequence).containsExactly(5L, 6L, 9L);
        assertThat(stored).noneMatch(Stored::genuine);
        assertThat(stored.get(0).refused()).contains("does not verify with the checkpoint key");
        assertThat(stored.get(1).refused()).contains("does not verify with the checkpoint key");
        assertThat(stored.get(2).refused()).contains("names entry 8 but is filed as entry 9");
    }

    @Test
    void a_chain_that_ends_before_a_checkpoint_was_truncated_or_rewound() {
        CheckpointKey key = new CheckpointKey(temp.resolve("key.pem"));
        List<Stored> stored = List.of(genuine(key, 42, HASH_42));

        ChainVerification verdict = CheckpointCheck.against(ChainVerification.intact(40), stored, key,
                Map.of(), 40);

        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.firstBrokenSeq()).isEqualTo(42);
        assertThat(verdict.problem()).contains("truncated or rewound").contains("signed entry 42 with hash " + HASH_42)
                .contains("the chain now ends at entry 40");
    }

    @Test
    void a_chain_with_another_entry_where_a_checkpoint_signed_one_was_rewound_or_rewritten() {
        CheckpointKey key = new CheckpointKey(temp.resolve("key.pem"));
        List<Stored> stored = List.of(genuine(key, 41, HASH_41), genuine(key, 42, HASH_42));

        ChainVerification verdict = CheckpointCheck.against(ChainVerification.intact(45), stored, key,
                Map.of(41L, HASH_41, 42L, "ee".repeat(32)), 45);

        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.firstBrokenSeq()).isEqualTo(42);
        assertThat(verdict.problem()).contains("rewound or rewritten")
                .contains("entry 42 now has hash " + "ee".repeat(32));
        assertThat(verdict.checkpoint().sequence()).isEqualTo(42);
    }

    @Test
    void a_chain_that_agrees_with_every_checkpoint_stays_intact_and_names_the_latest() {
        CheckpointKey key = new CheckpointKey(temp.resolve("key.pem"));
        List<Stored> stored = List.of(genuine(key, 41, HASH_41), genuine(key, 42, HASH_42));

        ChainVerification verdict = CheckpointCheck.against(ChainVerification.intact(50), stored, key,
                Map.of(41L, HASH_41, 42L, HASH_42), 50);

        assertThat(verdict.intact()).isTrue();
        assertThat(verdict.checkpoint().hash()).isEqualTo(HASH_42);
    }

    @Test
    void checkpoints_without_the_key_to_check_them_are_not_trusted() {
        CheckpointKey key = new CheckpointKey(temp.resolve("key.pem"));
        List<Stored> stored = List.of(genuine(key, 41, HASH_41));
        CheckpointKey missing = new CheckpointKey(temp.resolve("nowhere.pem"));

        ChainVerification verdict = CheckpointCheck.against(ChainVerification.intact(50), stored, missing,
                Map.of(41L, HASH_41), 50);

        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.problem()).contains("the checkpoint key " + temp.resolve("nowhere.pem") + " is missing");
    }

    private Stored genuine(CheckpointKey key, long sequence, String hash) {
        CheckpointDirectory directory = new CheckpointDirectory(temp.resolve("checkpoints"), json);
        return directory.write(SignedHead.sign(sequence, hash, TIME, key.pair().getPrivate()), key.publicKey(),
                key.pair().getPublic());
    }

    private static Stored get(Future<Stored> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
