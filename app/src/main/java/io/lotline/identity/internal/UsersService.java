package io.lotline.identity.internal;

import io.lotline.identity.NewServiceAccount;
import io.lotline.identity.NewUser;
import io.lotline.identity.Role;
import io.lotline.identity.User;
import io.lotline.identity.Users;
import io.lotline.shared.Conflict;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.lotline.shared.Refused;
import io.lotline.shared.Unknown;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users in the database, and the look-up Spring Security signs them in with. */
@Service
@Transactional(readOnly = true)
class UsersService implements Users, UserDetailsService {
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final int minPasswordLength;

    UsersService(JdbcClient jdbc, PasswordEncoder encoder, Clock clock,
                 PasswordProperties passwords) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
        this.minPasswordLength = passwords.passwordMinLength();
    }

    /** Refuses a password shorter than the configured minimum (12 unless set) or longer than 128. */
    private void checkPasswordLength(String field, String password) {
        if (password == null || password.length() < minPasswordLength || password.length() > 128) {
            throw new InvalidInput(field, "(hidden)", "password-length",
                    "A password has " + minPasswordLength + "-128 characters");
        }
    }

    @Override
    @Transactional
    public User create(NewUser user) {
        checkPasswordLength("password", user.password());
        insert(user.username(), user.displayName(), user.roles(), encoder.encode(user.password()));
        return user(user.username());
    }

    @Override
    @Transactional
    public User createServiceAccount(NewServiceAccount account) {
        insert(account.username(), account.displayName(), account.roles(), null);
        return user(account.username());
    }

    /** A user without a password hash is a service account: no password ever matches it. */
    private void insert(String username, String displayName, Set<Role> roles, String passwordHash) {
        if (find(username).isPresent()) {
            throw new Conflict("username", username, "unique", "User '" + username + "' exists");
        }
        jdbc.sql("""
                        insert into users (username, display_name, password_hash, roles, enabled, created_at,
                                           service_account)
                        values (?, ?, ?, ?, true, ?, ?)""")
                .params(username, displayName, passwordHash,
                        roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")),
                        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), passwordHash == null)
                .update();
    }

    @Override
    public User user(String username) {
        return find(username).orElseThrow(() -> new Unknown("user", "username", username));
    }

    @Override
    public Page<User> users(PageRequest page) {
        return new Page<>(jdbc.sql("select * from users order by username limit ? offset ?")
                .params(page.size(), page.offset()).query(UsersService::map).list(), page.page(), page.size(),
                jdbc.sql("select count(*) from users").query(Long.class).single());
    }

    @Override
    public boolean passwordMatches(String username, String password) {
        return password != null && hash(username).map(hash -> encoder.matches(password, hash)).orElse(false);
    }

    @Override
    @Transactional
    public void changePassword(String username, String newPassword) {
        checkPasswordLength("newPassword", newPassword);
        if (user(username).serviceAccount()) {
            throw new Refused("username", username, "not-a-service-account",
                    "A service account has no password; it acts through API tokens");
        }
        jdbc.sql("update users set password_hash = ? where username = ?")
                .params(encoder.encode(newPassword), username).update();
    }

    boolean anyUser() {
        return jdbc.sql("select count(*) from users").query(Long.class).single() > 0;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        // a disabled user is answered like an unknown one: checked against a dummy hash, refused the same way
        User user = find(username).filter(found -> !found.serviceAccount() && found.enabled())
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return org.springframework.security.core.userdetails.User.withUsername(user.username())
                .password(hash(username).orElseThrow())
                .roles(user.roles().stream().map(Role::name).toArray(String[]::new))
                .build();
    }

    private Optional<String> hash(String username) {
        return jdbc.sql("select password_hash from users where username = ? and password_hash is not null")
                .param(username)
                .query(String.class).optional();
    }

    Optional<User> find(String username) {
        return jdbc.sql("select * from users where username = ?").param(username).query(UsersService::map).optional();
    }

    private static User map(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = Arrays.stream(rs.getString("roles").split(",")).map(Role::valueOf)
                .collect(Collectors.toSet());
        return new User(rs.getString("username"), rs.getString("display_name"), roles, rs.getBoolean("enabled"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getBoolean("service_account"));
    }
}
