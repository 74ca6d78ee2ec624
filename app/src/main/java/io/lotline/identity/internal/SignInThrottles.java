package io.lotline.identity.internal;

import io.lotline.identity.internal.SignInThrottlePolicy.FailedSignIns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The failed sign-ins per account name and client address, in the database: every instance on it reads and counts
 * the same rows, a failure under a row lock, so that concurrent failures are all counted.
 */
@Repository
class SignInThrottles {
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    SignInThrottles(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    List<FailedSignIns> of(Collection<String> subjects) {
        return jdbc.sql("select * from sign_in_throttles where subject in (:subjects)")
                .param("subjects", subjects).query(SignInThrottles::map).list();
    }

    /** Counts one more failure against {@code subject} as {@code policy} says. */
    void fail(String subject, SignInThrottlePolicy policy, Instant now) {
        try {
            transaction.executeWithoutResult(status -> {
                Optional<FailedSignIns> before = jdbc.sql("select * from sign_in_throttles where subject = ? for update")
                        .param(subject).query(SignInThrottles::map).optional();
                FailedSignIns after = policy.afterFailure(subject, before, now);
                if (before.isPresent()) {
                    jdbc.sql("""
                                    update sign_in_throttles
                                       set failures = ?, last_failure_at = ?, not_before = ?, locked_until = ?
                                     where subject = ?""")
                            .params(after.failures(), utc(after.lastFailureAt()), utc(after.notBefore()),
                                    utc(after.lockedUntil()), subject)
                            .update();
                } else {
                    jdbc.sql("""
                                    insert into sign_in_throttles (subject, failures, last_failure_at, not_before,
                                                                   locked_until)
                                    values (?, ?, ?, ?, ?)""")
                            .params(subject, after.failures(), utc(after.lastFailureAt()), utc(after.notBefore()),
                                    utc(after.lockedUntil()))
                            .update();
                }
            });
        } catch (DuplicateKeyException firstFailureCountedElsewhere) {
            fail(subject, policy, now);
        }
    }

    /** Forgets the failures of {@code subject}: it signed in, or an admin lifted its lock. */
    boolean forget(String subject) {
        return jdbc.sql("delete from sign_in_throttles where subject = ?").param(subject).update() > 0;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static FailedSignIns map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
        return new FailedSignIns(rs.getString("subject"), rs.getInt("failures"),
                rs.getObject("last_failure_at", OffsetDateTime.class).toInstant(),
                rs.getObject("not_before", OffsetDateTime.class).toInstant(),
                lockedUntil == null ? null : lockedUntil.toInstant());
    }
}
