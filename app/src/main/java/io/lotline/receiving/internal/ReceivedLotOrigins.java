package io.lotline.receiving.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a receipt says about a lot beyond its supplier: the traceability lot code source when it differs from the
 * supplier, the day of dispatch and the owner (consignor). Written once, with the lot; read by the exports.
 */
@Repository
class ReceivedLotOrigins {
    private final JdbcClient jdbc;

    ReceivedLotOrigins(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A row for the lot, unless the receipt said nothing beyond the supplier. */
    void record(long lotId, Long tlcSourceId, String referenceType, String reference, Long consignorId,
                java.time.LocalDate dispatchedOn) {
        if (tlcSourceId == null && reference == null && consignorId == null && dispatchedOn == null) {
            return;
        }
        jdbc.sql("""
                        insert into received_lot_origins (lot_id, tlc_source_id, tlc_source_reference_type,
                                                          tlc_source_reference, consignor_id, dispatched_on)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(lotId, tlcSourceId, referenceType, reference, consignorId, dispatchedOn).update();
    }
}
