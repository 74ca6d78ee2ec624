package io.lotline.identity.internal;

import io.lotline.identity.Actor;
import io.lotline.identity.ApiToken;
import io.lotline.identity.ApiTokens;
import io.lotline.identity.Bearer;
import io.lotline.identity.IssuedApiToken;
import io.lotline.identity.NewApiToken;
import io.lotline.identity.Role;
import io.lotline.identity.User;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.lotline.shared.Refused;
import io.lotline.shared.Unknown;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** API tokens in the database: issued, listed and revoked here; {@link TokenLookup} checks them per request. */
@Service
@Transactional(readOnly = true)
class ApiTokensService implements ApiTokens {
    private final JdbcClient jdbc;
    private final UsersService users;
    private final TokenLookup lookup;
    private final TokenPolicy policy;
    private final Clock clock;

    ApiTokensService(JdbcClient jdbc, UsersService users, TokenLookup lookup, Clock clock,
                     TokenProperties settings) {
        this.jdbc = jdbc;
        this.users = users;
        this.lookup = lookup;
        this.policy = settings.policy();
        this.clock = clock;
    }

    @Override
    @Transactional
    public IssuedApiToken issue(Actor owner, NewApiToken token) {
        User user = users.find(owner.username()).orElseThrow(() -> new Refused("owner", owner.username(),
                "lotline-user", "API tokens belong to Lotline users; '" + owner.username()
                        + "' signs in through the identity provider"));
        return insert(user, token, owner);
    }

    @Override
    @Transactional
    public IssuedApiToken issueForServiceAccount(String account, NewApiToken token, Actor admin) {
        User user = users.user(account);
        if (!user.serviceAccount()) {
            throw new Refused("username", account, "service-account",
                    "An admin issues tokens only for service accounts; people issue their own");
        }
        return insert(user, token, admin);
    }

    private IssuedApiToken insert(User owner, NewApiToken token, Actor issuer) {
        Instant now = clock.instant();
        var roles = policy.roles(token.roles(), owner.username(), owner.roles());
        Instant expiry = policy.expiry(token.expiresAt(), now);
        String secret = TokenSecrets.generate();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into api_tokens (owner, name, secret_hash, secret_prefix, roles, created_at, created_by,
                                                expires_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(owner.username(), token.name(), TokenSecrets.hash(secret), TokenSecrets.recognisable(secret),
                        TokenLookup.roles(roles), utc(now), issuer.username(), utc(expiry))
                .update(keys, "id");
        return new IssuedApiToken(secret, token(keys.getKey().longValue()));
    }

    @Override
    public Page<ApiToken> tokens(String owner, PageRequest page) {
        return new Page<>(jdbc.sql("select * from api_tokens where owner = ? order by id desc limit ? offset ?")
                .params(owner, page.size(), page.offset()).query(ApiTokensService::map).list(), page.page(),
                page.size(), jdbc.sql("select count(*) from api_tokens where owner = ?").param(owner)
                .query(Long.class).single());
    }

    @Override
    @Transactional
    public ApiToken revoke(long id, Actor actor) {
        ApiToken token = find(id).filter(found -> found.owner().equals(actor.username()) || actor.has(Role.ADMIN))
                .orElseThrow(() -> new Unknown("API token", "id", id));
        jdbc.sql("update api_tokens set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null")
                .params(utc(clock.instant()), actor.username(), token.id()).update();
        return token(id);
    }

    /** Outside any transaction: the look-up and the occasional last-use write each commit on their own. */
    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<Bearer> authenticate(String secret) {
        return lookup.bearer(secret);
    }

    private ApiToken token(long id) {
        return find(id).orElseThrow(() -> new Unknown("API token", "id", id));
    }

    Optional<ApiToken> find(long id) {
        return jdbc.sql("select * from api_tokens where id = ?").param(id).query(ApiTokensService::map).optional();
    }

    private static ApiToken map(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getString("owner"), rs.getString("name"),
                rs.getString("secret_prefix"), TokenLookup.roles(rs.getString("roles")), instant(rs, "created_at"),
                rs.getString("created_by"), instant(rs, "expires_at"), instant(rs, "revoked_at"),
                rs.getString("revoked_by"), instant(rs, "last_used_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
