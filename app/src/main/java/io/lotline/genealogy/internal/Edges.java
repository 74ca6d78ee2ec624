package io.lotline.genealogy.internal;

import io.lotline.genealogy.Link;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The edges table and the withdrawals of edges (ADR 65), both written in the booking's transaction and never changed.
 */
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

    /** Of these entries, those a correction entry has reversed, as this transaction sees the ledger. */
    Set<Long> reversed(Collection<Long> entries) {
        if (entries.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        select c.corrects_entry_id from unnest(cast(:ids as bigint array)) as v (id)
                          join ledger_entries c on c.corrects_entry_id = v.id""")
                .param("ids", entries.toArray(Long[]::new)).query(Long.class).list());
    }

    /**
     * Withdraws every edge not withdrawn yet whose consumption or output is one of the reversed entries, naming the
     * entry that reversed it ({@code reversals}: reversed entry to reversal); answers them as id, parent, child, draw
     * and entry time, as {@link LotGraphIndex} holds them.
     */
    List<long[]> withdraw(Map<Long, Long> reversals, Instant now) {
        List<long[]> withdrawn = new ArrayList<>();
        List<Long> reversedBy = new ArrayList<>();
        jdbc.sql("""
                        select g.id, g.parent_lot_id, g.child_lot_id, g.drawn_at, g.entered_at, g.issue_entry_id,
                               g.output_entry_id
                          from unnest(cast(:ids as bigint array)) as v (id)
                          join genealogy_edges g on g.issue_entry_id = v.id
                         where g.id not in (select w.edge_id from genealogy_withdrawn_edges w)
                        union
                        select g.id, g.parent_lot_id, g.child_lot_id, g.drawn_at, g.entered_at, g.issue_entry_id,
                               g.output_entry_id
                          from unnest(cast(:ids as bigint array)) as v (id)
                          join genealogy_edges g on g.output_entry_id = v.id
                         where g.id not in (select w.edge_id from genealogy_withdrawn_edges w)""")
                .param("ids", reversals.keySet().toArray(Long[]::new))
                .query(rs -> {
                    withdrawn.add(LotGraphIndex.edge(rs));
                    Long byIssue = reversals.get(rs.getLong(6));
                    reversedBy.add(byIssue != null ? byIssue : reversals.get(rs.getLong(7)));
                });
        for (int i = 0; i < withdrawn.size(); i++) {
            jdbc.sql("""
                            insert into genealogy_withdrawn_edges (edge_id, reversal_entry_id, withdrawn_at)
                            values (?, ?, ?)""")
                    .params(withdrawn.get(i)[0], reversedBy.get(i), now.atOffset(ZoneOffset.UTC)).update();
        }
        return withdrawn;
    }
}
