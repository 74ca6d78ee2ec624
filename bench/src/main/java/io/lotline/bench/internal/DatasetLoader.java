package io.lotline.bench.internal;

import io.lotline.bench.internal.MasterData.Registered;
import io.lotline.bench.internal.NetworkPlan.Generated;
import io.lotline.identity.CurrentActor;
import io.lotline.ledger.BulkAppend;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.jdbc.BulkRows;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads a generated network: master data through the catalog, lots, pallets and orders in bulk, then every command
 * through the ledger's bulk path, a batch per transaction, with the genealogy edges of the batch written beside its
 * entries. Nothing assumes an empty database: codes carry the run prefix, the chain continues from its head, ids
 * come from the database.
 */
@Component
class DatasetLoader {
    private static final Logger log = LoggerFactory.getLogger(DatasetLoader.class);
    private static final long PROGRESS_EVERY = 1_000_000;
    private static final String EDGE_COLUMNS = "parent_lot_id, child_lot_id, quantity, unit, issue_entry_id, "
            + "output_entry_id, production_order, created_at";

    private final MasterData masterData;
    private final BulkAppend ledger;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final BulkRows writer;
    private final CurrentActor actor;
    private final Clock clock;

    DatasetLoader(MasterData masterData, BulkAppend ledger, JdbcClient jdbc, JdbcTemplate template,
                  TransactionTemplate transaction, DatabaseFacts database, CurrentActor actor, Clock clock) {
        this.masterData = masterData;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.writer = new BulkRows(template, database.isPostgres());
        this.actor = actor;
        this.clock = clock;
    }

    /** A loaded network: where its lots are, their ids, and what the load wrote and how long it took. */
    record Dataset(String prefix, Generated generated, RunCodes codes, long[] lotIds, long entries, long edges,
                   long commands, double masterSeconds, double lotSeconds, double entrySeconds) {
        Network net() {
            return generated.net();
        }
    }

    Dataset load(String prefix, Generated generated, long entries, long seed, int batchEntries) {
        Network net = generated.net();
        RunCodes codes = new RunCodes(prefix, net);
        long started = System.nanoTime();
        Registered master = masterData.register(prefix, net, Math.toIntExact(Math.min(3000, net.size / 400 + 20)));
        long mastered = System.nanoTime();
        LotRows rows = new LotRows(jdbc, writer, transaction, net, codes, actor.current().username());
        long[] lotIds = rows.lots(master);
        long[] pallets = rows.pallets();
        rows.productionOrders(master);
        long lotsWritten = System.nanoTime();
        long[] written = new long[3];
        BookingState state = new BookingState(net, codes, pallets);
        Postings postings = new Postings(net, lotIds, master.items());
        FloorLife life = new FloorLife(net, state, postings, master, seed,
                FloorLife.extrasPerLot(net, generated.shapes(), entries, seed));
        Bookings bookings = new Bookings(net, state, master, life, postings, batchEntries, batch -> {
            write(batch, lotIds);
            if ((written[0] + batch.entries()) / PROGRESS_EVERY > written[0] / PROGRESS_EVERY) {
                log.info("{} of about {} entries appended, {} entries/s", written[0] + batch.entries(), entries,
                        Math.round((written[0] + batch.entries()) / seconds(System.nanoTime() - lotsWritten)));
            }
            written[0] += batch.entries();
            written[1] += batch.edges.size();
            written[2] += batch.commands.size();
        });
        generated.shapes().forEach(bookings::book);
        bookings.finish();
        long done = System.nanoTime();
        return new Dataset(prefix, generated, codes, lotIds, written[0], written[1], written[2],
                seconds(mastered - started), seconds(lotsWritten - mastered), seconds(done - lotsWritten));
    }

    /**
     * A network an earlier run loaded under {@code prefix}, with the same size, shapes and seed: the plan is generated
     * again (it is deterministic) and the lot ids are read from the database. Nothing is written.
     */
    Dataset existing(String prefix, Generated generated) {
        Network net = generated.net();
        RunCodes codes = new RunCodes(prefix, net);
        Map<String, Long> ids = new HashMap<>(net.size * 2);
        jdbc.sql("select id, lot_number from lots where lot_number like ?").param(prefix + "-G%")
                .query(rs -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                });
        long[] lotIds = new long[net.size];
        for (int lot = 0; lot < net.size; lot++) {
            Long id = ids.get(codes.lotNumber(lot));
            if (id == null) {
                throw new InvalidInput("reuse", prefix, "bench-reuse",
                        "Run " + prefix + " has no lot " + codes.lotNumber(lot) + ": give the size, shapes and seed "
                                + "it was loaded with");
            }
            lotIds[lot] = id;
        }
        long entries = jdbc.sql("select count(*) from ledger_entries e join lots l on l.id = e.lot_id "
                + "where l.lot_number like ?").param(prefix + "-G%").query(Long.class).single();
        long edges = jdbc.sql("select count(*) from genealogy_edges g join lots l on l.id = g.child_lot_id "
                + "where l.lot_number like ?").param(prefix + "-G%").query(Long.class).single();
        long commands = jdbc.sql("select count(distinct e.command_id) from ledger_entries e join lots l "
                + "on l.id = e.lot_id where l.lot_number like ?").param(prefix + "-G%").query(Long.class).single();
        return new Dataset(prefix, generated, codes, lotIds, entries, edges, commands, 0, 0, 0);
    }

    /** One batch, one transaction: the entries through the ledger, then the edges between them. */
    private void write(Batch batch, long[] lotIds) {
        transaction.executeWithoutResult(status -> {
            long[] ids = ledger.append(batch.commands);
            OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
            List<Object[]> edges = new ArrayList<>(batch.edges.size());
            for (Batch.Edge edge : batch.edges) {
                edges.add(new Object[] {lotIds[edge.parent()], lotIds[edge.child()], Postings.amount(edge.quantity()),
                        edge.unit(), ids[edge.issue()], ids[edge.output()], edge.order(), now});
            }
            writer.write("genealogy_edges", EDGE_COLUMNS, edges);
        });
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
