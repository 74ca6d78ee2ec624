package io.lotline.catalog.internal;

import io.lotline.catalog.MasterDataChange;
import io.lotline.catalog.MasterDataChange.FieldChange;
import io.lotline.catalog.MasterDataChange.Kind;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The record of every change of an item, location or party, numbered by the catalog's revision. The revision is one
 * row that each change moves under its lock, so changes commit in revision order and the revision an instance reads
 * tells it whether anything changed since it last looked.
 */
@Repository
class MasterDataChanges {
    private final JdbcClient jdbc;

    MasterDataChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long revision() {
        return jdbc.sql("select revision from catalog_revision where id = 1").query(Long.class).single();
    }

    /** Takes the revision's lock: changes of master data follow one another, each reading what the last left. */
    void lock() {
        jdbc.sql("select revision from catalog_revision where id = 1 for update").query(Long.class).single();
    }

    /** Moves the revision; alone, for a change recorded elsewhere (a new batch policy version). */
    void advance() {
        jdbc.sql("update catalog_revision set revision = revision + 1 where id = 1").update();
    }

    void record(Kind kind, String code, Instant at, String by, List<FieldChange> fields) {
        advance();
        long revision = revision();
        jdbc.sql("""
                        insert into master_data_changes (revision, kind, code, changed_at, changed_by)
                        values (?, ?, ?, ?, ?)""")
                .params(revision, kind.name(), code, Timestamp.from(at), by).update();
        for (int i = 0; i < fields.size(); i++) {
            FieldChange field = fields.get(i);
            jdbc.sql("""
                            insert into master_data_change_fields (revision, ordinal, field, before_value, after_value)
                            values (?, ?, ?, ?, ?)""")
                    .params(revision, i, field.field(), field.before(), field.after()).update();
        }
    }

    List<MasterDataChange> of(Kind kind, String code) {
        Map<Long, MasterDataChange> changes = new LinkedHashMap<>();
        Map<Long, List<FieldChange>> fields = new LinkedHashMap<>();
        jdbc.sql("""
                        select c.revision, c.changed_at, c.changed_by, f.field, f.before_value, f.after_value
                          from master_data_changes c
                          join master_data_change_fields f on f.revision = c.revision
                         where c.kind = ? and c.code = ?
                         order by c.revision desc, f.ordinal""")
                .params(kind.name(), code)
                .query(rs -> {
                    long revision = rs.getLong("revision");
                    fields.computeIfAbsent(revision, first -> new ArrayList<>()).add(new FieldChange(
                            rs.getString("field"), rs.getString("before_value"), rs.getString("after_value")));
                    changes.putIfAbsent(revision, new MasterDataChange(revision, kind, code,
                            rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"), List.of()));
                });
        return changes.values().stream().map(change -> new MasterDataChange(change.revision(), kind, code,
                change.changedAt(), change.changedBy(), fields.get(change.revision()))).toList();
    }
}
