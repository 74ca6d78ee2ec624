package io.lotline.identity.internal;

import io.lotline.identity.Bearer;
import io.lotline.identity.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks an API token on every request with one look-up by the SHA-256 of its secret (a unique index), so a
 * revocation made by any instance on the same database counts from the next request; nothing is cached. Last use
 * is written at most once a minute per token, not on every request.
 */
@Component
class TokenLookup {
    static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    TokenLookup(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Bearer> bearer(String secret) {
        if (!TokenSecrets.wellFormed(secret)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<Found> found = jdbc.sql("""
                        select t.id, t.owner, t.roles, t.expires_at, t.revoked_at, t.last_used_at,
                               u.roles as owner_roles, u.enabled
                        from api_tokens t join users u on u.username = t.owner
                        where t.secret_hash = ?""")
                .param(TokenSecrets.hash(secret)).query(TokenLookup::found).optional()
                .filter(token -> token.validAt(now));
        found.filter(token -> token.lastUsedAt() == null
                        || token.lastUsedAt().isBefore(now.minus(LAST_USE_RESOLUTION)))
                .ifPresent(token -> recordUse(token.id(), now));
        return found.map(token -> new Bearer(token.id(), token.owner(), token.roles()));
    }

    /** Conditional, so that instances serving the same token at the same minute write it once between them. */
    private void recordUse(long id, Instant now) {
        jdbc.sql("""
                        update api_tokens set last_used_at = ?
                        where id = ? and (last_used_at is null or last_used_at < ?)""")
                .params(ApiTokensService.utc(now), id, ApiTokensService.utc(now.minus(LAST_USE_RESOLUTION)))
                .update();
    }

    /** A token row with its owner: valid while not expired, not revoked and its owner enabled. */
    private record Found(long id, String owner, Set<Role> roles, Instant expiresAt, Instant revokedAt,
                         Instant lastUsedAt, boolean ownerEnabled) {
        boolean validAt(Instant now) {
            return revokedAt == null && now.isBefore(expiresAt) && ownerEnabled;
        }
    }

    private static Found found(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(roles(rs.getString("roles")));
        roles.retainAll(roles(rs.getString("owner_roles")));
        return new Found(rs.getLong("id"), rs.getString("owner"), roles, ApiTokensService.instant(rs, "expires_at"),
                ApiTokensService.instant(rs, "revoked_at"), ApiTokensService.instant(rs, "last_used_at"),
                rs.getBoolean("enabled"));
    }

    static Set<Role> roles(String roles) {
        return roles.isEmpty() ? Set.of()
                : Arrays.stream(roles.split(",")).map(Role::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    static String roles(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
