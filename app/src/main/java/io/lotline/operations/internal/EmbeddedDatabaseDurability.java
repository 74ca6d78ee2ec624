package io.lotline.operations.internal;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * On H2, a commit is acknowledged once H2 has written it to its file, not a moment later.
 *
 * <p>H2's MVStore writes committed changes in the background, {@code WRITE_DELAY} milliseconds (500 by default)
 * after the commit; a process killed in between loses transactions whose commit had already returned. With
 * {@code WRITE_DELAY 0} the MVStore writes its changes to the file at the end of every transaction, before the
 * commit returns, so a booking answered with 201 survives {@code kill -9} or an out-of-memory kill. The setting is
 * stored in the database; it is set at every start, so that an H2 URL of the operator's own is covered too. On
 * PostgreSQL nothing changes: a commit there returns after the WAL is flushed. See ADR 18.
 */
@Component
class EmbeddedDatabaseDurability implements InitializingBean {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseDurability.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    EmbeddedDatabaseDurability(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    @Override
    public void afterPropertiesSet() throws Exception {
        if (!isH2(dataSource)) {
            return;
        }
        jdbc.sql("set write_delay 0").update();
        log.info("Embedded H2 database: every commit is written to its file before it is acknowledged "
                + "(WRITE_DELAY 0)");
    }

    static boolean isH2(DataSource dataSource) throws Exception {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> metaData.getDatabaseProductName());
        return "H2".equals(product);
    }
}
