package io.lotline.genealogy.web;

import io.lotline.genealogy.Direction;
import io.lotline.shared.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opaque, tamper-evident page cursors of a trace: the query (direction, roots, depth limit), the page size and the
 * key of the last item answered, signed with HMAC-SHA256. The key is {@code lotline.traces.cursor-key} when
 * configured, else a random secret kept in the database (written once by the first instance that needs it), so that
 * every instance on the same database accepts every other's cursors. A cursor that does not verify is refused.
 */
@Component
class TraceCursors {
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final JsonMapper json;
    private final JdbcClient jdbc;
    private final String configuredKey;
    private volatile SecretKeySpec key;

    TraceCursors(JsonMapper json, JdbcClient jdbc, TraceAnswerProperties settings) {
        this.json = json;
        this.jdbc = jdbc;
        this.configuredKey = settings.cursorKey();
    }

    /** The signing key, read (or first written) when a cursor is first made or read, never at start. */
    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            String secret = configuredKey.isBlank() ? storedSecret(jdbc) : configuredKey;
            known = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
            key = known;
        }
        return known;
    }

    /** Where a page ends: the query it pages, which list, how many per page, and the key of its last item. */
    record Position(String list, Direction direction, List<String> roots, Integer maxDepth, int size, String after) {
    }

    String encode(Position position) {
        byte[] payload = json.writeValueAsBytes(position);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload));
    }

    /** The position a cursor names, if it was made here (by any instance) for this list; refused otherwise. */
    Position decode(String cursor, String list) {
        int dot = cursor.indexOf('.');
        try {
            if (dot > 0) {
                byte[] payload = DECODER.decode(cursor.substring(0, dot));
                byte[] signature = DECODER.decode(cursor.substring(dot + 1));
                if (MessageDigest.isEqual(signature, sign(payload))) {
                    Position position = json.readValue(payload, Position.class);
                    if (!list.equals(position.list())) {
                        throw new InvalidInput("cursor", cursor, "cursor-of-this-list",
                                "The cursor pages the " + position.list() + " of a trace, not its " + list);
                    }
                    return position;
                }
            }
        } catch (IllegalArgumentException | JacksonException unreadable) {
            // refused below, like any cursor that was not made here
        }
        throw new InvalidInput("cursor", cursor, "cursor-signed",
                "The cursor was altered or not made by Lotline: start again from the first page");
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            return mac.doFinal(payload);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private static String storedSecret(JdbcClient jdbc) {
        String fresh = HexFormat.of().formatHex(random());
        try {
            jdbc.sql("""
                    insert into trace_cursor_key (id, secret)
                    select 1, :secret where not exists (select 1 from trace_cursor_key where id = 1)""")
                    .param("secret", fresh).update();
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            // its secret is read below
        }
        return jdbc.sql("select secret from trace_cursor_key where id = 1").query(String.class).single();
    }

    private static byte[] random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
