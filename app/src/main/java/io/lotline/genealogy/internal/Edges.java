package io.lotline.genealogy.internal;

import io.lotline.genealogy.Link;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The edges table, written in the booking's transaction. */
@Repository
class Edges {
    private final JdbcClient jdbc;

    Edges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the edge; answers its id. */
    long insert(Link link, Instant now) {
        KeyHolder id = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into genealogy_edges (parent_lot_id, child_lot_id, quantity, unit, issue_entry_id,
                                                     output_entry_id, production_order, created_at, drawn_at,
                                                     entered_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(link.parentLotId(), link.childLotId(), link.quantity().amount(), link.quantity().unit().code(),
                        link.issueEntryId(), link.outputEntryId(), link.productionOrder(), now.atOffset(ZoneOffset.UTC),
                        link.drawnAt().atOffset(ZoneOffset.UTC),
                        link.enteredAt() == null ? null : link.enteredAt().atOffset(ZoneOffset.UTC))
                .update(id, "id");
        return id.getKey().longValue();
    }

    /** Serializes the rare bookings that add edges into lots that already exist, so two cannot close a cycle. */
    void lockForExistingLots(List<Long> lots) {
        lots.stream().sorted().forEach(id -> jdbc.sql("select lot_id from lot_states where lot_id = ? for update")
                .param(id).query(Long.class).list());
    }
}
