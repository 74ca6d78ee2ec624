package io.lotline.ledger.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2's counterpart of the PostgreSQL trigger: refuses UPDATE and DELETE on append-only tables. */
public class H2AppendOnlyTrigger implements Trigger {
    private String table;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type) {
        this.table = table;
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("Lotline: " + (newRow == null ? "DELETE" : "UPDATE") + " on " + table
                + " is refused; confirmed records are append-only, book a correction instead", "P0001");
    }
}
