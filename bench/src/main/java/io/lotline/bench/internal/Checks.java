package io.lotline.bench.internal;

import io.lotline.ledger.ChainVerification;
import io.lotline.ledger.Ledger;
import io.lotline.shared.SqlResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an auditor checks after a bulk load: the audit chain recomputed from the first entry to the head, and every
 * balance row equal to the sum of the entries that moved stock there. Both over the whole database, not only the
 * benchmark's rows.
 */
@Component
class Checks {
    private static final String DIFFERING = SqlResource.load(Checks.class, "balances-differing-from-entries.sql");

    private final Ledger ledger;
    private final JdbcClient jdbc;

    Checks(Ledger ledger, JdbcClient jdbc) {
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    /** The chain verdict, the balance rows that differ from the entries, and the seconds each check took. */
    record Result(boolean chainIntact, long entriesChecked, String chainProblem, double chainSeconds,
                  long balancesDiffering, long balanceRows, double balanceSeconds) {
        boolean passed() {
            return chainIntact && balancesDiffering == 0;
        }
    }

    Result run() {
        long started = System.nanoTime();
        ChainVerification chain = ledger.verify();
        long verified = System.nanoTime();
        long differing = balancesDiffering();
        long rows = jdbc.sql("select count(*) from stock_balances").query(Long.class).single();
        return new Result(chain.intact(), chain.entriesChecked(), chain.intact() ? null
                : "entry " + chain.firstBrokenSeq() + ": " + chain.problem(), DatasetLoader.seconds(verified - started),
                differing, rows, DatasetLoader.seconds(System.nanoTime() - verified));
    }

    long balancesDiffering() {
        return jdbc.sql(DIFFERING).query(Long.class).single();
    }
}
