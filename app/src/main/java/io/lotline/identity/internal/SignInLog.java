package io.lotline.identity.internal;

import io.lotline.identity.SignIn;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit log of sign-ins with a password, written as each is answered, outside any business transaction. */
@Repository
class SignInLog {
    private static final int MAX_NAME = 200;
    private static final int MAX_ADDRESS = 100;

    private final JdbcClient jdbc;

    SignInLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(Instant at, String username, String address, SignIn.Channel channel, SignIn.Outcome outcome) {
        jdbc.sql("insert into sign_ins (at, username, address, channel, outcome) values (?, ?, ?, ?, ?)")
                .params(at.atOffset(ZoneOffset.UTC), cut(username, MAX_NAME), cut(address, MAX_ADDRESS),
                        channel.name(), outcome.name())
                .update();
    }

    Page<SignIn> page(String username, PageRequest page) {
        String where = username == null ? "" : "where username = :username";
        var select = jdbc.sql("select * from sign_ins " + where + " order by at desc, id desc limit :size offset :offset")
                .param("size", page.size()).param("offset", page.offset());
        var count = jdbc.sql("select count(*) from sign_ins " + where);
        if (username != null) {
            select = select.param("username", username);
            count = count.param("username", username);
        }
        return new Page<>(select.query(SignInLog::map).list(), page.page(), page.size(),
                count.query(Long.class).single());
    }

    private static String cut(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max);
    }

    private static SignIn map(ResultSet rs, int row) throws SQLException {
        return new SignIn(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("username"), rs.getString("address"), SignIn.Channel.valueOf(rs.getString("channel")),
                SignIn.Outcome.valueOf(rs.getString("outcome")));
    }
}
