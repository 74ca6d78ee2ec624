package io.lotline.ledger.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The owner (consignee) a shipment entry named where the goods go to someone on the owner's behalf (EU 931/2011
 * art. 3). Written once, with the shipment; read by the exports.
 */
@Repository
class ShipmentConsignees {
    private final JdbcClient jdbc;

    ShipmentConsignees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long entryId, long consigneeId) {
        jdbc.sql("insert into shipment_consignees (entry_id, consignee_id) values (?, ?)")
                .params(entryId, consigneeId).update();
    }
}
