package io.lotline.ledger.internal;

import io.lotline.identity.CurrentActor;
import io.lotline.ledger.Idempotency;
import io.lotline.ledger.IdempotencyConflict;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Remembers each client key with a fingerprint of the request and the answer given. The key row is written first in
 * the booking's transaction: a concurrent retry with the same key waits for it, then finds the answer.
 */
@Service
class IdempotencyService implements Idempotency {
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final CurrentActor actor;
    private final Clock clock;

    IdempotencyService(JdbcClient jdbc, JsonMapper json, CurrentActor actor, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> T once(String key, String operation, Object request, Class<T> answerType, Supplier<T> booking) {
        String fingerprint = sha256(operation + "\n" + json.writeValueAsString(request));
        int claimed = jdbc.sql("""
                        insert into idempotency_keys (idempotency_key, operation, request_hash, actor, created_at)
                        values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(key, operation, fingerprint, actor.current().username(),
                        clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        if (claimed == 0) {
            return replay(key, operation, fingerprint, answerType);
        }
        T answer = booking.get();
        jdbc.sql("update idempotency_keys set response = ? where idempotency_key = ?")
                .params(json.writeValueAsString(answer), key).update();
        return answer;
    }

    private <T> T replay(String key, String operation, String fingerprint, Class<T> answerType) {
        record Stored(String operation, String requestHash, String response) {
        }
        Optional<Stored> stored = jdbc.sql("""
                        select operation, request_hash, response from idempotency_keys where idempotency_key = ?""")
                .param(key).query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
        if (stored.isEmpty() || !stored.get().operation().equals(operation)
                || !stored.get().requestHash().equals(fingerprint) || stored.get().response() == null) {
            throw new IdempotencyConflict(key);
        }
        return json.readValue(stored.get().response(), answerType);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
