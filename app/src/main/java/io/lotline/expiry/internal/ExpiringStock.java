package io.lotline.expiry.internal;

import io.lotline.lots.LotStatus;
import io.lotline.shared.SqlResource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the sweep looks at, read in one query each: lots with stock on hand that will expire within the furthest
 * threshold of any rule, and lots with stock on hand that are past their date but not yet blocked. A read over the
 * lot, balance and item tables; everything the sweep changes goes through the ledger's API or its own tables.
 */
@Repository
class ExpiringStock {
    private static final String EXPIRING = SqlResource.load(ExpiringStock.class, "expiring-stock.sql");
    private static final String EXPIRED = SqlResource.load(ExpiringStock.class, "expired-stock.sql");

    private final JdbcClient jdbc;

    ExpiringStock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A lot with stock that a rule covers, with its rule and what is on hand in the item's base unit. */
    record ExpiringLot(long lotId, String lotNumber, LocalDate expiryDate, long ruleId, BigDecimal onHand,
                       String unit) {
    }

    /** A lot with stock past its date. */
    record ExpiredLot(String lotNumber, LotStatus status, LocalDate expiryDate) {
    }

    List<ExpiringLot> expiring(LocalDate today, LocalDate horizon) {
        return jdbc.sql(EXPIRING).param("today", today).param("horizon", horizon)
                .query((rs, n) -> new ExpiringLot(rs.getLong("lot_id"), rs.getString("lot_number"),
                        rs.getObject("expiry_date", LocalDate.class), rs.getLong("rule_id"),
                        rs.getBigDecimal("on_hand"), rs.getString("unit")))
                .list();
    }

    List<ExpiredLot> expiredBefore(LocalDate today) {
        return jdbc.sql(EXPIRED).param("today", today)
                .query((rs, n) -> new ExpiredLot(rs.getString("lot_number"), LotStatus.valueOf(rs.getString("status")),
                        rs.getObject("expiry_date", LocalDate.class)))
                .list();
    }
}
