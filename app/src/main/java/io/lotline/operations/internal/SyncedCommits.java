package io.lotline.operations.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.ConnectionProxy;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * On an embedded H2 file database, a commit returns only once its changes are forced to the disk, so that a booking
 * answered 201 survives a power cut as well as a killed process. H2 writes a commit to its file (WRITE_DELAY 0, see
 * {@link EmbeddedDatabaseDurability}) but never calls fsync for it; {@code CHECKPOINT SYNC} after each commit that may
 * have written does (a transaction Spring marked read-only is not synced). In-memory H2 and PostgreSQL (whose commit
 * waits for the WAL flush) are left as they are. ADR 18.
 */
@Component
class SyncedCommits implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof SyncingDataSource)) {
            return new SyncingDataSource(dataSource);
        }
        return bean;
    }

    /** Hands out connections whose commit is followed by an fsync of the database file, when it is an H2 file. */
    static final class SyncingDataSource extends DelegatingDataSource {
        private volatile Boolean embeddedFile;

        SyncingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return synced(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return synced(super.getConnection(username, password));
        }

        private Connection synced(Connection connection) throws SQLException {
            if (embeddedFile == null) {
                String url = connection.getMetaData().getURL();
                embeddedFile = url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
            }
            if (!embeddedFile) {
                return connection;
            }
            return (Connection) Proxy.newProxyInstance(ConnectionProxy.class.getClassLoader(),
                    new Class<?>[] {ConnectionProxy.class}, new SyncAfterCommit(connection));
        }
    }

    /**
     * Runs {@code CHECKPOINT SYNC} on the same connection after a commit, unless the transaction was marked read-only
     * (H2 keeps no such mark of its own, so the connection remembers what it was told). It is a Spring
     * {@link ConnectionProxy}: a statement names the connection beneath it, and Spring releases a stream's connection
     * by that name, so the transaction's connection must be known by it too, or a stream read in a transaction closes
     * it under the transaction.
     */
    private static final class SyncAfterCommit implements InvocationHandler {
        private final Connection target;
        private boolean readOnly;

        SyncAfterCommit(Connection target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "getTargetConnection" -> {
                    return target;
                }
                case "setReadOnly" -> readOnly = (Boolean) args[0];
                default -> {
                }
            }
            try {
                Object result = method.invoke(target, args);
                if (method.getName().equals("commit") && !readOnly) {
                    try (Statement sync = target.createStatement()) {
                        sync.execute("checkpoint sync");
                    }
                }
                return result;
            } catch (InvocationTargetException failed) {
                throw failed.getCause();
            }
        }
    }
}
