package io.lotline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Checkpoints of a test run: a directory and a key of their own, new for every run (as the database is emptied once
 * per run), never on the schedule; tests write them when they choose.
 */
public final class TestCheckpoints {
    private static final Path ROOT = create();

    private TestCheckpoints() {
    }

    public static Path directory() {
        return ROOT.resolve("checkpoints");
    }

    public static Path key() {
        return ROOT.resolve("key").resolve("ledger-checkpoint.pem");
    }

    static void register(DynamicPropertyRegistry registry) {
        registry.add("lotline.ledger.checkpoints.directory", () -> directory().toString());
        registry.add("lotline.ledger.checkpoints.key", () -> key().toString());
        registry.add("lotline.ledger.checkpoints.interval", () -> "0");
    }

    private static Path create() {
        try {
            Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(Path.of("target").toAbsolutePath(), "checkpoints-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
