package io.lotline.ledger.internal;

import io.lotline.ledger.BalanceDifference;
import io.lotline.ledger.ChainVerification;
import io.lotline.shared.SqlResource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Recomputes every stock balance from the entries and names the rows that differ: a balance changed, added or
 * removed behind the ledger's back. The SQL is in balances-against-entries.sql.
 */
@Repository
class BalanceCheck {
    private static final String DIFFERING = SqlResource.load(BalanceCheck.class, "balances-against-entries.sql");

    private final JdbcClient jdbc;

    BalanceCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Result(long differing, List<BalanceDifference> named) {
    }

    Result run() {
        List<BalanceDifference> named = new ArrayList<>();
        long[] differing = {0};
        jdbc.sql(DIFFERING).withFetchSize(1000).query(rs -> {
            if (differing[0]++ < ChainVerification.LISTED) {
                named.add(new BalanceDifference(rs.getString("lot_number"), rs.getString("location"),
                        rs.getString("pallet"), rs.getString("base_unit"),
                        plain(rs.getBigDecimal("expected")), plain(rs.getBigDecimal("found"))));
            }
        });
        return new Result(differing[0], named);
    }

    private static BigDecimal plain(BigDecimal amount) {
        return new BigDecimal(amount.stripTrailingZeros().toPlainString());
    }
}
