package io.lotline.genealogy.internal;

import io.lotline.ledger.EntriesPosted;
import io.lotline.ledger.Entry;
import io.lotline.ledger.EntryType;
import io.lotline.ledger.cache.LedgerAdvanced;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A consumption or an output booked in error and reversed takes back the genealogy it made (ADR 65): the edges of
 * the reversed entry are withdrawn in the reversal's own transaction, so traces, recall scopes and mass balances no
 * longer pass through them, while the edges themselves stay as written. The trace facts of the edges' lots are
 * dropped when the transaction ends and the graph index is told after it commits; another instance on the database
 * learns of the withdrawal from the ledger watermark, which announces the reversal entry ({@link LedgerAdvanced}).
 */
@Component
class EdgeWithdrawals {
    private final Edges edges;
    private final LotGraphIndex index;
    private final LotFactsCache facts;
    private final JdbcClient jdbc;
    private final Clock clock;

    EdgeWithdrawals(Edges edges, LotGraphIndex index, LotFactsCache facts, JdbcClient jdbc, Clock clock) {
        this.edges = edges;
        this.index = index;
        this.facts = facts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Withdraws the edges of the entries the posted corrections reverse, in the booking's transaction. */
    @EventListener
    void on(EntriesPosted posted) {
        Map<Long, Long> reversals = new HashMap<>();
        for (Entry entry : posted.entries()) {
            if (entry.type() == EntryType.CORRECTION && entry.correctsEntryId() != null) {
                reversals.put(entry.correctsEntryId(), entry.id());
            }
        }
        if (reversals.isEmpty()) {
            return;
        }
        List<long[]> withdrawn = edges.withdraw(reversals, clock.instant());
        if (withdrawn.isEmpty()) {
            return;
        }
        facts.invalidateWhenTransactionEnds(ends(withdrawn));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                index.withdrawn(withdrawn);
            }
        });
    }

    /**
     * Takes out of memory the edges withdrawn by the entries committed since the watermark last moved, by this
     * instance or another; after a jump too long to name, the index reloads and the facts are forgotten anyway.
     */
    @EventListener
    void on(LedgerAdvanced advanced) {
        if (advanced.everything()) {
            return;
        }
        List<long[]> withdrawn = new ArrayList<>();
        jdbc.sql("""
                        select g.id, g.parent_lot_id, g.child_lot_id, g.drawn_at, g.entered_at
                          from ledger_entries e
                          join genealogy_withdrawn_edges w on w.reversal_entry_id = e.id
                          join genealogy_edges g on g.id = w.edge_id
                         where e.seq > :after and e.seq <= :upTo""")
                .param("after", advanced.after()).param("upTo", advanced.upTo())
                .query(rs -> {
                    withdrawn.add(LotGraphIndex.edge(rs));
                });
        if (!withdrawn.isEmpty()) {
            index.withdrawn(withdrawn);
            facts.invalidate(ends(withdrawn));
        }
    }

    private static Set<Long> ends(List<long[]> withdrawn) {
        Set<Long> lots = new HashSet<>();
        withdrawn.forEach(edge -> {
            lots.add(edge[1]);
            lots.add(edge[2]);
        });
        return lots;
    }
}
