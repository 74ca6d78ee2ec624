package io.lotline.imports.internal;

import io.lotline.imports.ImportKind;
import io.lotline.imports.ImportRecord;
import io.lotline.imports.ImportStatus;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The record of every file imported, with its progress. */
@Repository
class ImportRecords {
    private final JdbcClient jdbc;

    ImportRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts the record of a file; a second start of the same file and kind fails on the unique settled key. */
    long insert(ImportKind kind, String file, String sha256, int rows, String actor, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into imports (kind, file_name, sha256, settled_key, status, rows_total, rows_done,
                                             created, problems, imported_by, started_at)
                        values (?, ?, ?, ?, 'CHECKING', ?, 0, 0, 0, ?, ?)""")
                .params(kind.name(), file, sha256, kind.name() + ":" + sha256, rows, actor, utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void progress(long id, ImportStatus status, int rowsDone) {
        jdbc.sql("update imports set status = ?, rows_done = ? where id = ?").params(status.name(), rowsDone, id)
                .update();
    }

    void finish(long id, int created, Instant now) {
        jdbc.sql("update imports set status = 'DONE', rows_done = rows_total, created = ?, finished_at = ? where id = ?")
                .params(created, utc(now), id).update();
    }

    /** Ends an import that wrote nothing; its file may be sent again. */
    void fail(long id, ImportStatus status, int problems, String message, Instant now) {
        jdbc.sql("""
                        update imports set status = ?, settled_key = null, problems = ?, message = ?, finished_at = ?
                         where id = ?""")
                .params(status.name(), problems, message == null || message.length() <= 1000 ? message
                        : message.substring(0, 1000), utc(now), id).update();
    }

    /** The import of this file that is running or done, if any. */
    Optional<ImportRecord> settled(ImportKind kind, String sha256) {
        return jdbc.sql("select * from imports where settled_key = ?").param(kind.name() + ":" + sha256)
                .query(ImportRecords::map).optional();
    }

    Optional<ImportRecord> byId(long id) {
        return jdbc.sql("select * from imports where id = ?").param(id).query(ImportRecords::map).optional();
    }

    Page<ImportRecord> page(PageRequest page) {
        List<ImportRecord> records = jdbc.sql("select * from imports order by id desc limit ? offset ?")
                .params(page.size(), page.offset()).query(ImportRecords::map).list();
        long total = jdbc.sql("select count(*) from imports").query(Long.class).single();
        return new Page<>(records, page.page(), page.size(), total);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static ImportRecord map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new ImportRecord(rs.getLong("id"), ImportKind.valueOf(rs.getString("kind")),
                rs.getString("file_name"), rs.getString("sha256"), ImportStatus.valueOf(rs.getString("status")),
                rs.getInt("rows_total"), rs.getInt("rows_done"), rs.getInt("created"), rs.getInt("problems"),
                rs.getString("message"), rs.getString("imported_by"),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant(), false);
    }
}
