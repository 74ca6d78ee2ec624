package io.lotline.quality.internal;

import io.lotline.ledger.Signature;
import io.lotline.quality.ParameterKind;
import io.lotline.quality.ResultValue;
import io.lotline.quality.SpecParameter;
import io.lotline.quality.Verdict;
import io.lotline.quality.QualityViews.Document;
import io.lotline.quality.QualityViews.RecordedResult;
import io.lotline.quality.QualityViews.SignatureRecord;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Specifications, results, documents and signatures in the database. */
@Repository
class QualityRecords {
    private final JdbcClient jdbc;

    QualityRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void replaceSpecification(long itemId, List<SpecParameter> parameters) {
        jdbc.sql("delete from specification_parameters where item_id = ?").param(itemId).update();
        for (int i = 0; i < parameters.size(); i++) {
            SpecParameter p = parameters.get(i);
            jdbc.sql("""
                            insert into specification_parameters (item_id, parameter, position, kind, minimum, maximum,
                                                                  unit, expected_text, required)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(itemId, p.parameter(), i, p.kind().name(), p.minimum(), p.maximum(), p.unit(),
                            p.expectedText(), p.required())
                    .update();
        }
    }

    List<SpecParameter> specification(long itemId) {
        return jdbc.sql("select * from specification_parameters where item_id = ? order by position").param(itemId)
                .query((rs, n) -> new SpecParameter(rs.getString("parameter"),
                        ParameterKind.valueOf(rs.getString("kind")), rs.getBigDecimal("minimum"),
                        rs.getBigDecimal("maximum"), rs.getString("unit"), rs.getString("expected_text"),
                        rs.getBoolean("required")))
                .list();
    }

    void insertResult(long lotId, ResultValue value, String source, Long documentId, Verdict verdict, String actor,
                      Instant now) {
        jdbc.sql("""
                        insert into inspection_results (lot_id, parameter, source, document_id, numeric_value,
                            text_value, passed, within_spec, verdict, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(lotId, value.parameter(), source, documentId, value.numericValue(), value.textValue(),
                        value.passed(), verdict.outcome() == Verdict.Outcome.PASS, verdict.reason(), actor, utc(now))
                .update();
    }

    /** The latest result of each parameter of the lot. */
    Map<String, ResultValue> latestResults(long lotId) {
        Map<String, ResultValue> latest = new LinkedHashMap<>();
        jdbc.sql("select * from inspection_results where lot_id = ? order by id").param(lotId).query(rs -> {
            latest.put(rs.getString("parameter"), new ResultValue(rs.getString("parameter"),
                    rs.getBigDecimal("numeric_value"), rs.getString("text_value"), rs.getObject("passed", Boolean.class)));
        });
        return latest;
    }

    List<RecordedResult> results(long lotId) {
        return jdbc.sql("select * from inspection_results where lot_id = ? order by id").param(lotId)
                .query((rs, n) -> new RecordedResult(rs.getLong("id"), rs.getString("parameter"), rs.getString("source"),
                        rs.getObject("document_id", Long.class), value(rs), rs.getBoolean("within_spec"),
                        rs.getString("verdict"), rs.getString("recorded_by"), instant(rs, "recorded_at")))
                .list();
    }

    long insertDocument(long lotId, String kind, String filename, String mediaType, byte[] content, String sha256,
                        String actor, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into lot_documents (lot_id, kind, filename, media_type, size_bytes, sha256, content,
                                                   uploaded_by, uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(lotId, kind, filename, mediaType, content.length, sha256, content, actor, utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    private static final String DOCUMENT = """
            select d.id, l.lot_number, d.kind, d.filename, d.media_type, d.size_bytes, d.sha256, d.uploaded_by,
                   d.uploaded_at, d.lot_id
              from lot_documents d join lots l on l.id = d.lot_id""";

    Optional<Document> document(long id) {
        return jdbc.sql(DOCUMENT + " where d.id = ?").param(id).query(QualityRecords::document).optional();
    }

    Optional<Long> documentLot(long id) {
        return jdbc.sql("select lot_id from lot_documents where id = ?").param(id).query(Long.class).optional();
    }

    List<Document> documents(long lotId) {
        return jdbc.sql(DOCUMENT + " where d.lot_id = ? order by d.id").param(lotId).query(QualityRecords::document)
                .list();
    }

    Optional<byte[]> content(long id) {
        return jdbc.sql("select content from lot_documents where id = ?").param(id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    void insertSignature(long lotId, long entryId, Signature signature) {
        jdbc.sql("""
                        insert into quality_signatures (lot_id, status_entry_id, username, printed_name, meaning,
                                                        comment, override_reason, signed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(lotId, entryId, signature.username(), signature.printedName(), signature.meaning().name(),
                        signature.comment(), signature.overrideReason(), utc(signature.signedAt()))
                .update();
    }

    List<SignatureRecord> signatures(long lotId) {
        return jdbc.sql("select * from quality_signatures where lot_id = ? order by id").param(lotId)
                .query((rs, n) -> new SignatureRecord(rs.getString("printed_name"), rs.getString("username"),
                        Signature.Meaning.valueOf(rs.getString("meaning")), rs.getString("comment"),
                        rs.getString("override_reason"), instant(rs, "signed_at"), rs.getLong("status_entry_id")))
                .list();
    }

    private static Document document(ResultSet rs, int row) throws SQLException {
        return new Document(rs.getLong("id"), rs.getString("lot_number"), rs.getString("kind"),
                rs.getString("filename"), rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getString("uploaded_by"), instant(rs, "uploaded_at"));
    }

    private static String value(ResultSet rs) throws SQLException {
        BigDecimal number = rs.getBigDecimal("numeric_value");
        if (number != null) {
            return number.stripTrailingZeros().toPlainString();
        }
        String text = rs.getString("text_value");
        return text != null ? text : Boolean.TRUE.equals(rs.getObject("passed", Boolean.class)) ? "passed" : "failed";
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
