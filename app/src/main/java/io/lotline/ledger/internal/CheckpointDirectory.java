package io.lotline.ledger.internal;

import io.lotline.ledger.Checkpoint;
import io.lotline.ledger.domain.SignedHead;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The directory of checkpoints: one JSON file per chain head, named by its sequence
 * ({@code checkpoint-00000000000000000042.json}), written once and never overwritten. Reading checks each file's
 * signature with the checkpoint key; a file that does not verify is refused, with the reason.
 */
class CheckpointDirectory {
    private static final Pattern NAME = Pattern.compile("checkpoint-(\\d{20})\\.json");

    private final Path directory;
    private final JsonMapper json;

    CheckpointDirectory(Path directory, JsonMapper json) {
        this.directory = directory.toAbsolutePath().normalize();
        this.json = json;
    }

    Path directory() {
        return directory;
    }

    /** A checkpoint file as read: the checkpoint if its signature verifies, else why it was refused. */
    record Stored(String file, long sequence, Checkpoint checkpoint, String refused) {
        boolean genuine() {
            return refused == null;
        }
    }

    /** Writes the head unless a file for its sequence exists; returns what the file for that sequence holds. */
    Stored write(SignedHead head, String publicKey, PublicKey key) {
        Path file = directory.resolve(name(head.sequence()));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("sequence", head.sequence());
        fields.put("hash", head.hash());
        fields.put("time", head.time().toString());
        fields.put("algorithm", SignedHead.ALGORITHM);
        fields.put("publicKey", publicKey);
        fields.put("signature", head.signature());
        try {
            Files.createDirectories(directory);
            FilesOnce.write(file, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(fields), false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the checkpoint " + file + ": " + e.getMessage(), e);
        }
        return read(file, head.sequence(), key);
    }

    /** Every checkpoint file, in sequence order. */
    List<Stored> all(PublicKey key) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Stored> stored = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted(Comparator.comparing(Path::getFileName)).toList()) {
                Matcher name = NAME.matcher(file.getFileName().toString());
                if (name.matches()) {
                    stored.add(read(file, Long.parseLong(name.group(1)), key));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the checkpoints in " + directory + ": " + e.getMessage(), e);
        }
        return stored;
    }

    private Stored read(Path file, long sequence, PublicKey key) {
        String name = file.getFileName().toString();
        try {
            JsonNode node = json.readTree(Files.readAllBytes(file));
            SignedHead head = new SignedHead(node.path("sequence").asLong(-1), node.path("hash").asString(null),
                    Instant.parse(node.path("time").asString("")), node.path("signature").asString(null));
            if (head.sequence() != sequence) {
                return refused(name, sequence, "it names entry " + head.sequence() + " but is filed as entry "
                        + sequence);
            }
            if (key == null || !head.signedBy(key)) {
                return refused(name, sequence, "its signature does not verify with the checkpoint key: it was not "
                        + "signed by this installation, or was altered");
            }
            return new Stored(name, sequence, new Checkpoint(head.sequence(), head.hash(), head.time(),
                    file.toString(), node.path("publicKey").asString(null), head.signature()), null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the checkpoint " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException unreadable) {
            return refused(name, sequence, "it is not a checkpoint (" + unreadable.getMessage() + ")");
        }
    }

    private static Stored refused(String name, long sequence, String why) {
        return new Stored(name, sequence, null, why);
    }

    static String name(long sequence) {
        return "checkpoint-%020d.json".formatted(sequence);
    }
}
