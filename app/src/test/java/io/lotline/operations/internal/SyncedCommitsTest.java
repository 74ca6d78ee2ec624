package io.lotline.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** On an H2 file, a commit that may have written is forced to the disk before it returns; nothing else is. */
class SyncedCommitsTest {
    @TempDir
    Path directory;

    @Test
    void a_commit_on_an_h2_file_is_followed_by_checkpoint_sync() throws Exception {
        DataSource synced = synced("jdbc:h2:file:" + directory.resolve("db"));
        try (Connection connection = synced.getConnection()) {
            writeAndCommit(connection);
            assertThat(statementsRun(connection)).anyMatch(sql -> sql.equalsIgnoreCase("checkpoint sync"));
        }
        assertThat(Files.exists(directory.resolve("db.mv.db"))).isTrue();
    }

    @Test
    void a_read_only_commit_is_not_synced() throws Exception {
        DataSource synced = synced("jdbc:h2:file:" + directory.resolve("ro"));
        try (Connection connection = synced.getConnection()) {
            connection.setReadOnly(true);
            writeAndCommit(connection);
            assertThat(statementsRun(connection)).noneMatch(sql -> sql.equalsIgnoreCase("checkpoint sync"));
        }
    }

    @Test
    void a_stream_read_in_a_transaction_hands_its_connection_back_to_the_transaction() {
        DataSource synced = synced("jdbc:h2:file:" + directory.resolve("stream"));
        JdbcTemplate jdbc = new JdbcTemplate(synced);
        jdbc.execute("create table t(id int)");
        jdbc.execute("insert into t values (1), (2)");
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(synced));
        transaction.setReadOnly(true);

        Long sum = transaction.execute(status -> {
            // JdbcTemplate releases a stream's connection as its statement names it: the proxy must be recognised
            try (Stream<Long> ids = jdbc.queryForStream("select id from t", (rows, n) -> rows.getLong(1))) {
                return ids.mapToLong(Long::longValue).sum();
            }
        });

        assertThat(sum).isEqualTo(3L);
    }

    @Test
    void an_in_memory_database_gets_its_own_connections_unchanged() throws Exception {
        JdbcDataSource memory = h2("jdbc:h2:mem:synced-commits-test");
        DataSource synced = (DataSource) new SyncedCommits().postProcessAfterInitialization(memory, "dataSource");
        try (Connection connection = synced.getConnection()) {
            assertThat(connection).isNotInstanceOf(java.lang.reflect.Proxy.class);
            assertThat(java.lang.reflect.Proxy.isProxyClass(connection.getClass())).isFalse();
        }
    }

    private static DataSource synced(String url) {
        return (DataSource) new SyncedCommits().postProcessAfterInitialization(h2(url), "dataSource");
    }

    private static JdbcDataSource h2(String url) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        return h2;
    }

    private static void writeAndCommit(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set query_statistics true");
            statement.execute("create table if not exists t(id int)");
        }
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("select count(*) from t");
        }
        connection.commit();
        connection.setAutoCommit(true);
    }

    private static List<String> statementsRun(Connection connection) throws Exception {
        List<String> sql = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select sql_statement from information_schema.query_statistics")) {
            while (rows.next()) {
                sql.add(rows.getString(1).strip());
            }
        }
        return sql;
    }
}
