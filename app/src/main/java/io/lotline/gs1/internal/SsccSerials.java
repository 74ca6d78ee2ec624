package io.lotline.gs1.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The serial references given out per company prefix; the row lock of the update orders concurrent printers. */
@Repository
class SsccSerials {
    private final JdbcClient jdbc;

    SsccSerials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next serial reference of the prefix, in the caller's transaction. */
    long next(String companyPrefix) {
        jdbc.sql("insert into sscc_serials (company_prefix, last_serial) values (?, 0) on conflict do nothing")
                .param(companyPrefix).update();
        jdbc.sql("update sscc_serials set last_serial = last_serial + 1 where company_prefix = ?")
                .param(companyPrefix).update();
        return jdbc.sql("select last_serial from sscc_serials where company_prefix = ?")
                .param(companyPrefix).query(Long.class).single();
    }
}
