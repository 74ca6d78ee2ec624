package io.lotline.ledger.internal;

import io.lotline.ledger.EntriesBooked;
import io.lotline.ledger.cache.LedgerWatermark;
import io.lotline.shared.jdbc.UnpooledConnections;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * On PostgreSQL, instances tell each other that they booked: a transaction that booked sends a notice on {@code
 * lotline_ledger}, which PostgreSQL delivers when it commits, and every instance listens on a connection of its own
 * and checks its {@link LedgerWatermark} when one arrives from another instance, at most once in
 * {@value #CHECK_EVERY_MILLIS} ms for all that arrived meanwhile ({@link CheckPace}). Its caches are then invalidated
 * before the next read asks, so that read finds nothing to catch up. A notice names the instance that sent it, and an
 * instance passes over its own: its transactions dropped what they changed when they ended, and the next read's check
 * moves the watermark past them in one step instead of one step per booking. The announcement only saves time: a read
 * checks the watermark anyway, so a lost connection or a missed notice never serves stale data. On H2 (one instance)
 * there is nothing to announce.
 */
@Component
class LedgerAnnouncements implements SmartLifecycle {
    static final String CHANNEL = "lotline_ledger";
    /** Other instances' notices are checked together, at most once in this many milliseconds ({@link CheckPace}). */
    static final int CHECK_EVERY_MILLIS = 50;
    private static final Logger log = LoggerFactory.getLogger(LedgerAnnouncements.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final LedgerWatermark watermark;
    private final boolean postgres;
    private final String instance = UUID.randomUUID().toString();
    private volatile boolean running;
    private volatile Connection listening;
    private Thread listener;

    LedgerAnnouncements(DataSource dataSource, JdbcClient jdbc, LedgerWatermark watermark) throws SQLException {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.watermark = watermark;
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    /** Announces, once per transaction, that it booked; PostgreSQL sends the notice only if it commits. */
    @EventListener
    void on(EntriesBooked booked) {
        if (!postgres || !TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.getSynchronizations().stream().anyMatch(Announced.class::isInstance)) {
            return;
        }
        jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, instance).query(rs -> { });
        TransactionSynchronizationManager.registerSynchronization(new Announced());
    }

    @Override
    public void start() {
        if (!postgres) {
            return;
        }
        running = true;
        listener = new Thread(this::listen, "ledger-announcements");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
        Connection connection = listening;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("Closing the announcements connection: {}", e.getMessage());
            }
        }
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Listens until stopped; after a lost connection it checks the watermark and listens again. */
    private void listen() {
        while (running) {
            try (Connection connection = connect()) {
                listening = connection;
                try (Statement listen = connection.createStatement()) {
                    listen.execute("listen " + CHANNEL);
                }
                connection.setAutoCommit(true);
                Method notifications = notifications(connection);
                Method sender = sender(notifications);
                Object driver = connection.unwrap(notifications.getDeclaringClass());
                watermark.check();
                CheckPace pace = new CheckPace(CHECK_EVERY_MILLIS, TimeUnit.MILLISECONDS, System.nanoTime());
                while (running) {
                    Object arrived = notifications.invoke(driver, pace.waitMillis(System.nanoTime()));
                    if (fromAnotherInstance(arrived, sender, instance)) {
                        pace.noticed();
                    }
                    if (pace.due(System.nanoTime())) {
                        watermark.check();
                        pace.checked(System.nanoTime());
                    }
                }
            } catch (SQLException | ReflectiveOperationException | RuntimeException e) {
                if (running) {
                    log.warn("Listening for other instances' bookings failed ({}); reads still check the ledger, "
                            + "listening again in 5 s", rootMessage(e));
                    pause();
                }
            } finally {
                listening = null;
            }
        }
    }

    /** A connection of its own, outside the pool when the pool says how to open one: it is held as long as it runs. */
    private Connection connect() throws SQLException {
        Optional<UnpooledConnections> unpooled = UnpooledConnections.of(dataSource);
        return unpooled.isPresent() ? unpooled.get().open() : dataSource.getConnection();
    }

    /** Whether any notice that arrived (the driver's array, or null) was sent by an instance other than self. */
    static boolean fromAnotherInstance(Object arrived, Method sender, String self) throws ReflectiveOperationException {
        for (int i = 0; arrived != null && i < Array.getLength(arrived); i++) {
            if (!self.equals(sender.invoke(Array.get(arrived, i)))) {
                return true;
            }
        }
        return false;
    }

    /** The notice's payload, which names the instance that sent it. */
    static Method sender(Method notifications) throws NoSuchMethodException {
        return notifications.getReturnType().getComponentType().getMethod("getParameter");
    }

    private static Method notifications(Connection connection) throws ReflectiveOperationException {
        Class<?> pgConnection = Class.forName("org.postgresql.PGConnection", true,
                connection.getClass().getClassLoader());
        return pgConnection.getMethod("getNotifications", int.class);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e instanceof InvocationTargetException invocation && invocation.getCause() != null
                ? invocation.getCause() : e;
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private void pause() {
        try {
            Thread.sleep(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static final class Announced implements TransactionSynchronization {
    }
}
