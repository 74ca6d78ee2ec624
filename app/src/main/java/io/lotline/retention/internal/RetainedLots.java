package io.lotline.retention.internal;

import io.lotline.retention.domain.RetentionPolicy.LotFacts;
import io.lotline.shared.PageRequest;
import io.lotline.shared.SqlResource;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lots as retention sees them, read from the books each time: nothing about them is kept in memory. */
@Repository
class RetainedLots {
    private static final String SELECT = SqlResource.load(RetainedLots.class, "retained-lots.sql");

    private final JdbcClient jdbc;

    RetainedLots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A lot, what its retention counts from, and what blocks archiving it now. */
    record RetainedLot(long id, String lotNumber, String sku, LotFacts facts, boolean inStock, String openRecall) {
        List<String> blockedBy() {
            List<String> reasons = new ArrayList<>();
            if (openRecall != null) {
                reasons.add("open recall " + openRecall);
            }
            if (inStock) {
                reasons.add("stock on hand");
            }
            return reasons;
        }
    }

    List<RetainedLot> page(PageRequest page) {
        return jdbc.sql(SELECT + "\n order by l.id limit ? offset ?").params(page.size(), page.offset())
                .query(this::map).list();
    }

    long count() {
        return jdbc.sql("select count(*) from lots").query(Long.class).single();
    }

    void each(Consumer<RetainedLot> visitor) {
        jdbc.sql(SELECT + "\n order by l.id").withFetchSize(1000)
                .query(rs -> {
                    visitor.accept(map(rs, 0));
                });
    }

    private RetainedLot map(ResultSet rs, int row) throws SQLException {
        Date expiry = rs.getDate("expiry_date");
        LocalDate lastRecorded = rs.getObject("last_recorded", OffsetDateTime.class)
                .withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        BigDecimal onHand = rs.getBigDecimal("on_hand");
        return new RetainedLot(rs.getLong("id"), rs.getString("lot_number"), rs.getString("sku"),
                new LotFacts(rs.getString("category"), lastRecorded, expiry == null ? null : expiry.toLocalDate()),
                onHand.signum() > 0, rs.getString("open_recall"));
    }
}
