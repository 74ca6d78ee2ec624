package io.lotline.ledger.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Where each serial-numbered unit is now, and in which state. Unique per item across all lots. */
@Repository
class Serials {
    private final JdbcClient jdbc;

    Serials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record SerialUnit(long id, long lotId, Long locationId, long containerId, String state) {
    }

    Optional<SerialUnit> find(long itemId, String serial) {
        return jdbc.sql("""
                        select id, lot_id, location_id, container_id, state from serials
                         where item_id = ? and serial = ? for update""")
                .params(itemId, serial)
                .query((rs, n) -> new SerialUnit(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class),
                        rs.getLong(4), rs.getString(5)))
                .optional();
    }

    long register(long itemId, String serial, long lotId, long locationId, long containerId) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into serials (item_id, serial, lot_id, location_id, container_id, state)
                        values (?, ?, ?, ?, ?, 'IN_STOCK')""")
                .params(itemId, serial, lotId, locationId, containerId).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void place(long serialId, Long locationId, long containerId, String state) {
        jdbc.sql("update serials set location_id = ?, container_id = ?, state = ? where id = ?")
                .params(locationId, containerId, state, serialId).update();
    }

    void link(long entryId, long serialId) {
        jdbc.sql("insert into entry_serials (entry_id, serial_id) values (?, ?)").params(entryId, serialId).update();
    }
}
