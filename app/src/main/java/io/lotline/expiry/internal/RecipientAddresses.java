package io.lotline.expiry.internal;

import static io.lotline.expiry.internal.Rules.instant;
import static io.lotline.expiry.internal.Rules.utc;

import io.lotline.expiry.RecipientAddress;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One alert address per user. */
@Repository
class RecipientAddresses {
    private final JdbcClient jdbc;

    RecipientAddresses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(String username, String email, Instant at, String by) {
        int updated = jdbc.sql("""
                        update alert_recipient_addresses set email = ?, updated_at = ?, updated_by = ?
                         where username = ?""")
                .params(email, utc(at), by, username).update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into alert_recipient_addresses (username, email, updated_at, updated_by)
                            values (?, ?, ?, ?)""")
                    .params(username, email, utc(at), by).update();
        }
    }

    Optional<RecipientAddress> of(String username) {
        return jdbc.sql("select * from alert_recipient_addresses where username = ?").param(username)
                .query(RecipientAddresses::map).optional();
    }

    /** The addresses of those users who have one, by username. */
    Map<String, String> of(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select username, email from alert_recipient_addresses where username in (:names)")
                .param("names", List.copyOf(usernames))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Page<RecipientAddress> page(PageRequest page) {
        return new Page<>(jdbc.sql("select * from alert_recipient_addresses order by username limit ? offset ?")
                .params(page.size(), page.offset()).query(RecipientAddresses::map).list(), page.page(), page.size(),
                jdbc.sql("select count(*) from alert_recipient_addresses").query(Long.class).single());
    }

    private static RecipientAddress map(ResultSet rs, int row) throws SQLException {
        return new RecipientAddress(rs.getString("username"), rs.getString("email"), instant(rs, "updated_at"),
                rs.getString("updated_by"));
    }
}
