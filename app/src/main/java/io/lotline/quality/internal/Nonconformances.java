package io.lotline.quality.internal;

import io.lotline.quality.QualityViews.Nonconformance;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Non-conformance reports and the lots they concern. */
@Repository
class Nonconformances {
    private final JdbcClient jdbc;

    Nonconformances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens a report; its code is NCR- and its number, padded: NCR-000042. */
    String open(String title, String description, boolean held, List<Long> lotIds, String actor, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into nonconformances (code, title, description, status, lots_held, opened_by, opened_at)
                        values (null, ?, ?, 'OPEN', ?, ?, ?)""")
                .params(title, description, held, actor,
                        QualityRecords.utc(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        String code = String.format("NCR-%06d", id);
        jdbc.sql("update nonconformances set code = ? where id = ?").params(code, id).update();
        lotIds.stream().distinct().forEach(lot -> jdbc.sql(
                "insert into nonconformance_lots (nonconformance_id, lot_id) values (?, ?)").params(id, lot).update());
        return code;
    }

    Optional<Long> lockOpen(String code) {
        return jdbc.sql("select id from nonconformances where code = ? for update").param(code).query(Long.class)
                .optional();
    }

    void dispose(String code, String disposition, String comment, String actor, Instant now) {
        jdbc.sql("""
                        update nonconformances set status = 'DISPOSITIONED', disposition = ?, disposition_comment = ?,
                               disposition_by = ?, disposition_at = ? where code = ?""")
                .params(disposition, comment, actor, QualityRecords.utc(now), code).update();
    }

    void close(String code, String summary, String actor, Instant now) {
        jdbc.sql("""
                        update nonconformances set status = 'CLOSED', closure_summary = ?, closed_by = ?, closed_at = ?
                         where code = ?""")
                .params(summary, actor, QualityRecords.utc(now), code).update();
    }

    Optional<Nonconformance> find(String code) {
        return jdbc.sql("select * from nonconformances where code = ?").param(code).query(this::map).optional();
    }

    Page<Nonconformance> page(String status, PageRequest page) {
        String where = " where (cast(:status as varchar) is null or status = :status)";
        return new Page<>(jdbc.sql("select * from nonconformances" + where + " order by id desc limit :l offset :o")
                .param("status", status).param("l", page.size()).param("o", page.offset()).query(this::map).list(),
                page.page(), page.size(), jdbc.sql("select count(*) from nonconformances" + where)
                .param("status", status).query(Long.class).single());
    }

    private Nonconformance map(ResultSet rs, int row) throws SQLException {
        List<String> lots = jdbc.sql("""
                        select l.lot_number from nonconformance_lots n join lots l on l.id = n.lot_id
                         where n.nonconformance_id = ? order by l.lot_number""")
                .param(rs.getLong("id")).query(String.class).list();
        return new Nonconformance(rs.getString("code"), rs.getString("title"), rs.getString("description"),
                rs.getString("status"), rs.getBoolean("lots_held"), lots, rs.getString("opened_by"),
                QualityRecords.instant(rs, "opened_at"), rs.getString("disposition"),
                rs.getString("disposition_comment"), rs.getString("disposition_by"),
                QualityRecords.instant(rs, "disposition_at"), rs.getString("closure_summary"),
                rs.getString("closed_by"), QualityRecords.instant(rs, "closed_at"));
    }
}
