package io.lotline.operations.internal;

import io.lotline.ledger.ChainVerification;
import io.lotline.ledger.Ledger;
import io.lotline.shared.LotlineException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar lotline.jar copy-database --from=./data/lotline}: copies the embedded database (stopped) into
 * the database Lotline is configured for ({@code LOTLINE_DB_URL}, normally a new, empty PostgreSQL database), whose
 * tables Flyway has just created at start. Then the audit chain is recomputed on the target. Exits 0 when the copy
 * is complete and verified, 1 when it was refused or failed (the message says why and what to do), 2 on a usage
 * error. The source is opened read-only.
 */
@Component
@Order(-10)
@ConditionalOnProperty(name = "lotline.command", havingValue = "copy-database")
class CopyDatabaseCommand implements ApplicationRunner, ExitCodeGenerator {
    private final DataSource target;
    private final Ledger ledger;
    private final String targetUrl;
    private int exitCode;

    CopyDatabaseCommand(DataSource target, Ledger ledger, @Value("${spring.datasource.url}") String targetUrl) {
        this.target = target;
        this.ledger = ledger;
        this.targetUrl = targetUrl;
    }

    @Override
    public void run(ApplicationArguments args) {
        exitCode = execute(one(args, "from"), orElse(one(args, "from-user"), "lotline"),
                orElse(one(args, "from-password"), "lotline"), System.out);
    }

    int execute(String from, String user, String password, PrintStream out) {
        if (from == null || from.isBlank()) {
            out.println("Usage: copy-database --from=<path of the embedded database, e.g. ./data/lotline, or a JDBC "
                    + "URL> [--from-user=lotline] [--from-password=lotline]. The target is the configured database "
                    + "(LOTLINE_DB_URL, LOTLINE_DB_USER, LOTLINE_DB_PASSWORD).");
            return 2;
        }
        String targetName = withoutParameters(targetUrl);
        DatabaseCopy.Copied copied;
        try (Connection source = open(from, user, password); Connection connection = target.getConnection()) {
            out.println("Copying " + from + " into " + targetName + " ...");
            copied = new DatabaseCopy(source, connection, targetName).copy((table, rows, done, of) ->
                    out.println("  " + done + "/" + of + " " + table + ": " + rows + " rows"));
        } catch (LotlineException | IllegalStateException | SQLException failure) {
            out.println("copy-database: " + failure.getMessage());
            return 1;
        }
        ChainVerification chain = ledger.verify();
        if (!chain.intact()) {
            out.println("copy-database: the audit chain on " + targetName + " does not verify at position "
                    + chain.firstBrokenSeq() + ": " + chain.problem() + ". Empty the target and copy again.");
            return 1;
        }
        out.println("Copied " + copied.rowsPerTable().size() + " tables, " + copied.rows() + " rows; every table "
                + "equals the source's, and the audit chain on the target verifies (" + chain.entriesChecked()
                + " entries). Start Lotline on " + targetName + " now; keep the embedded database as it is.");
        return 0;
    }

    private static Connection open(String from, String user, String password) throws SQLException {
        try {
            return DataSourceBuilder.create().type(SimpleDriverDataSource.class).url(DatabaseCopy.sourceUrl(from))
                    .username(user).password(password).build().getConnection();
        } catch (SQLException cannotOpen) {
            throw new SQLException("Cannot open the source " + from + ": " + cannotOpen.getMessage() + ". Is it the "
                    + "path of the embedded database (./data/lotline for ./data/lotline.mv.db), and is Lotline "
                    + "stopped?", cannotOpen);
        }
    }

    private static String withoutParameters(String url) {
        return url.split("[?;]")[0];
    }

    private static String one(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
