package io.lotline.lots.internal;

import io.lotline.lots.LotNumberFormatDefinition;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lot number formats and the per-scope sequence counters behind them. */
@Repository
class Formats {
    private final JdbcClient jdbc;

    Formats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(LotNumberFormatDefinition format) {
        if (format.isDefault()) {
            jdbc.sql("update lot_number_formats set is_default = false where is_default").update();
        }
        jdbc.sql("insert into lot_number_formats (code, pattern, description, is_default) values (?, ?, ?, ?)")
                .params(format.code(), format.pattern(), format.description(), format.isDefault()).update();
    }

    Optional<LotNumberFormatDefinition> byCode(String code) {
        return jdbc.sql("select * from lot_number_formats where code = ?").param(code)
                .query(LotNumberFormatDefinition.class).optional();
    }

    Optional<LotNumberFormatDefinition> companyDefault() {
        return jdbc.sql("select * from lot_number_formats where is_default").query(LotNumberFormatDefinition.class)
                .optional();
    }

    List<LotNumberFormatDefinition> all() {
        return jdbc.sql("select * from lot_number_formats order by code").query(LotNumberFormatDefinition.class)
                .list();
    }

    /**
     * The next value of a sequence. The row stays locked until the transaction ends, so two receipts booked at the
     * same moment can never draw the same value.
     */
    long next(String scope) {
        return reserve(scope, 1);
    }

    /** Moves the sequence on by {@code count} under its row's lock; 0 when the sequence has no row yet. */
    private int draw(String scope, int count) {
        return jdbc.sql("update lot_sequences set last_value = last_value + ? where scope = ?").params(count, scope)
                .update();
    }

    /** The last value drawn from a sequence, 0 if none was; reads without locking. */
    long current(String scope) {
        return jdbc.sql("select last_value from lot_sequences where scope = ?").param(scope).query(Long.class)
                .optional().orElse(0L);
    }

    /** Draws {@code count} values of a sequence at once, locked the same way; answers the first of them. */
    long reserve(String scope, int count) {
        if (draw(scope, count) == 0) {
            jdbc.sql("insert into lot_sequences (scope, last_value) values (?, 0) on conflict do nothing")
                    .param(scope).update();
            draw(scope, count);
        }
        return jdbc.sql("select last_value from lot_sequences where scope = ?").param(scope).query(Long.class)
                .single() - count + 1;
    }
}
