package io.lotline.epcis.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ledger entries the query answers as events, searched where they are kept: every entry but those a captured
 * event booked (that event tells them), selected by the event {@link EntryEvents} tells of it. A reversal is
 * selected by the entry it corrects, whose event it declares in error.
 */
@Repository
class LedgerBornEvents {
    private final JdbcClient jdbc;
    private final CaptureBatches batches;

    LedgerBornEvents(JdbcClient jdbc, CaptureBatches batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Where the entries the conditions select after the given position stand, in order, at most {@code limit}. */
    List<EventPosition> find(EntryConditions conditions, EventPosition after, int limit) {
        batches.flush();
        List<Object> params = new ArrayList<>(conditions.params());
        String keyset = "";
        if (after != null) {
            OffsetDateTime time = after.recordTime().withOffsetSameInstant(ZoneOffset.UTC);
            if (after.source() == EventPosition.Source.LEDGER) {
                keyset = " and (l.recorded_at > ? or (l.recorded_at = ? and l.id > ?))";
                params.addAll(List.of(time, time, after.row()));
            } else {
                keyset = " and l.recorded_at >= ?";
                params.add(time);
            }
        }
        params.add(limit);
        return jdbc.sql("""
                        select l.id, l.recorded_at
                        from ledger_entries l
                        join ledger_entries t
                          on t.id = coalesce(case when l.entry_type = 'CORRECTION' then l.corrects_entry_id end, l.id)
                        join items i on i.id = t.item_id
                        join lots lo on lo.id = t.lot_id
                        where not exists (select 1 from epcis_event_commands c where c.command_id = l.command_id)
                          and %s%s
                        order by l.recorded_at, l.id fetch first ? rows only""".formatted(conditions.sql(), keyset))
                .params(params)
                .query((rs, n) -> new EventPosition(rs.getObject("recorded_at", OffsetDateTime.class),
                        EventPosition.Source.LEDGER, rs.getLong("id")))
                .list();
    }
}
