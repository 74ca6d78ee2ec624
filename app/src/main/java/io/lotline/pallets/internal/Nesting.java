package io.lotline.pallets.internal;

import io.lotline.pallets.Packing.Action;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which pallet is packed on which now, and the append-only history of packing and unpacking that made it so. */
@Repository
class Nesting {
    private final JdbcClient jdbc;

    Nesting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the pallets' rows in id order, so two packings of the same pallets (by any instance) take turns. */
    void lock(Collection<Long> containerIds) {
        jdbc.sql("select id from containers where id in (:ids) order by id for update")
                .param("ids", containerIds).query(Long.class).list();
    }

    Optional<Long> parentOf(long childId) {
        return jdbc.sql("select parent_id from pallet_nesting where child_id = ?").param(childId)
                .query(Long.class).optional();
    }

    List<Long> childrenOf(long parentId) {
        return jdbc.sql("select child_id from pallet_nesting where parent_id = ? order by child_id").param(parentId)
                .query(Long.class).list();
    }

    /** The pallets this one is packed in, innermost first. */
    List<Long> ancestorsOf(long id) {
        List<Long> ancestors = new ArrayList<>();
        for (Optional<Long> parent = parentOf(id); parent.isPresent(); parent = parentOf(parent.get())) {
            ancestors.add(parent.get());
        }
        return ancestors;
    }

    /** Whether stock was ever shipped from the pallet: an empty pallet that was shipped is gone, not empty. */
    boolean shipped(long containerId) {
        return jdbc.sql("""
                select count(*) from ledger_entries
                 where from_container_id = ? and entry_type = 'SHIPMENT'""")
                .param(containerId).query(Long.class).single() > 0;
    }

    /** The serial-numbered units of the lot in stock at the place: they move with the pallet they lie on. */
    List<String> serialsAt(long lotId, long locationId, long containerId) {
        return jdbc.sql("""
                select serial from serials
                 where lot_id = ? and location_id = ? and container_id = ? and state = 'IN_STOCK'
                 order by serial""")
                .params(lotId, locationId, containerId).query(String.class).list();
    }

    /** The pallets the EPCIS event packed onto the parent or took off it, in the order it named them. */
    List<Long> childrenRecordedFor(long parentId, String eventId, Action action) {
        return jdbc.sql("""
                        select child_id from pallet_packings
                         where parent_id = ? and event_id = ? and action = ? order by id""")
                .params(parentId, eventId, action.name()).query(Long.class).list();
    }

    void record(long parentId, long childId, Action action, String actor, Instant occurredAt, Instant recordedAt,
                String idempotencyKey, String eventId) {
        jdbc.sql("""
                insert into pallet_packings (parent_id, child_id, action, actor, occurred_at, recorded_at,
                                             idempotency_key, event_id)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(parentId, childId, action.name(), actor, utc(occurredAt), utc(recordedAt), idempotencyKey, eventId)
                .update();
        if (action == Action.PACK) {
            jdbc.sql("insert into pallet_nesting (child_id, parent_id) values (?, ?)").params(childId, parentId)
                    .update();
        } else {
            jdbc.sql("delete from pallet_nesting where child_id = ? and parent_id = ?").params(childId, parentId)
                    .update();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
