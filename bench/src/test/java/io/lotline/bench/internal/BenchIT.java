package io.lotline.bench.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotline.bench.internal.DatasetLoader.Dataset;
import io.lotline.bench.internal.Network.Kind;
import io.lotline.bench.internal.ShapeSpec.Stage;
import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.genealogy.Direction;
import io.lotline.genealogy.Genealogy;
import io.lotline.genealogy.Trace;
import io.lotline.genealogy.TraceRequest;
import io.lotline.ledger.cache.LedgerWatermark;
import io.lotline.ledger.BulkAppend;
import io.lotline.ledger.Ledger;
import io.lotline.ledger.Posting;
import io.lotline.ledger.Posting.PlaceIds;
import io.lotline.lots.Lots;
import io.lotline.shared.Conflict;
import io.lotline.shared.Quantity;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark's generator at a tiny size, on the test database that other tests fill at the same time: the network
 * has what its shapes specify, every entry is chained and every balance is the sum of its entries, a trace from the
 * super-node reaches every lot made from it, and the peer way reaches exactly the lots the trace engine reaches.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchIT extends IntegrationTest {
    private static final long LOTS = 2_000;

    @Autowired
    DatasetLoader loader;

    @Autowired
    Genealogy genealogy;

    @Autowired
    Ledger ledger;

    @Autowired
    BulkAppend bulk;

    @Autowired
    Checks checks;

    @Autowired
    PeerTraversal peer;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Catalog catalog;

    @Autowired
    Lots lots;

    @Autowired
    LedgerWatermark watermark;

    private Dataset data;

    @BeforeAll
    void loadATinyNetwork() {
        String prefix = "BT" + Floor.next() + (System.nanoTime() % 100_000);
        NetworkPlan.Generated generated = NetworkPlan.build(LOTS, List.of(Shape.G1, Shape.G2, Shape.G3), 7);
        data = loader.load(prefix, generated, LOTS * BenchOptions.ENTRIES_PER_LOT, 7, 8_000);
        watermark.check();
    }

    @Test
    void every_lot_edge_and_entry_of_the_network_is_in_the_database() {
        Network net = data.net();
        for (ShapeLots shape : data.generated().shapes()) {
            String lotNumbers = data.codes().lotNumbers(shape.shapeIndex());
            assertThat(count("select count(*) from lots l join lot_states s on s.lot_id = l.id "
                    + "where l.lot_number like ? and s.status = 'RELEASED'", lotNumbers)).isEqualTo(shape.lots());
            long edges = 0;
            for (int lot = shape.first(); lot < shape.end(); lot++) {
                edges += net.parentCount(lot);
            }
            assertThat(count("select count(*) from genealogy_edges g join lots l on l.id = g.child_lot_id "
                    + "where l.lot_number like ?", lotNumbers)).isEqualTo(edges);
        }
        assertThat(count("select count(*) from ledger_entries e join lots l on l.id = e.lot_id where l.lot_number like ?",
                data.prefix() + "-%")).isEqualTo(data.entries());
        assertThat(data.entries()).isBetween(LOTS * 9, LOTS * 11);
    }

    @Test
    void every_lot_made_has_the_inputs_its_stage_specifies_and_every_pallet_one_finished_lot() {
        Network net = data.net();
        Map<Long, Long> parents = new HashMap<>();
        jdbc.sql("select g.child_lot_id, count(*) from genealogy_edges g join lots l on l.id = g.child_lot_id "
                + "where l.lot_number like ? group by g.child_lot_id").param(data.prefix() + "-%")
                .query(rs -> {
                    parents.put(rs.getLong(1), rs.getLong(2));
                });
        for (ShapeLots shape : data.generated().shapes()) {
            long[] orders = new ShapeBuilder(new Network(16), shape.spec(), new Random()).ordersPerStage(
                    NetworkPlan.budgets(LOTS, List.of(Shape.G1, Shape.G2, Shape.G3)).get(Shape.valueOf(shape.spec().code())));
            int[] made = new int[orders.length];
            for (int lot = shape.first(); lot < shape.end(); lot++) {
                long found = parents.getOrDefault(data.lotIds()[lot], 0L);
                if (net.kind(lot) == Kind.MADE) {
                    Stage stage = shape.spec().stages().get(net.stage[lot]);
                    made[net.stage[lot]]++;
                    assertThat(found).as("inputs of a lot of stage %d of %s", net.stage[lot], shape.spec().code())
                            .isBetween((long) stage.inputsMin() + stage.bulk().size(),
                                    (long) stage.inputsMax() + stage.bulk().size());
                } else if (net.kind(lot) == Kind.PALLET) {
                    assertThat(found).isEqualTo(1);
                } else {
                    assertThat(found).isZero();
                }
            }
            for (int stage = 1; stage < orders.length; stage++) {
                assertThat(made[stage]).as("orders of stage %d of %s", stage, shape.spec().code())
                        .isEqualTo(orders[stage]);
            }
        }
        assertThat(count("""
                select count(*) from genealogy_edges g
                  join ledger_entries i on i.id = g.issue_entry_id
                  join ledger_entries o on o.id = g.output_entry_id
                  join lots l on l.id = g.child_lot_id
                 where l.lot_number like ? and (i.entry_type <> 'ISSUE' or o.entry_type <> 'OUTPUT'
                       or i.lot_id <> g.parent_lot_id or o.lot_id <> g.child_lot_id)""", data.prefix() + "-%"))
                .as("edges that do not link an issue of the parent to an output of the child").isZero();
    }

    @Test
    void the_audit_chain_verifies_and_every_balance_is_the_sum_of_its_entries() {
        assertThat(ledger.verify().intact()).isTrue();
        assertThat(checks.balancesDiffering()).isZero();
        assertThat(count("select count(*) from stock_balances b join lots l on l.id = b.lot_id "
                + "where l.lot_number like ? and b.quantity > 0", data.prefix() + "-%")).isPositive();
    }

    @Test
    void a_forward_trace_from_the_super_node_reaches_every_lot_made_from_it() {
        ShapeLots g3 = data.generated().shapes().get(2);
        BitSet descendants = new Descendants(data.net()).of(g3.superNode());
        Set<String> expected = descendants.stream().mapToObj(data.codes()::lotNumber).collect(Collectors.toSet());

        Trace trace = genealogy.trace(new TraceRequest(Direction.FORWARD,
                List.of(data.codes().lotNumber(g3.superNode())), null));

        assertThat(expected).hasSizeGreaterThan(g3.lots() / 2);
        assertThat(trace.lots().stream().map(Trace.Node::lotNumber).collect(Collectors.toSet())).isEqualTo(expected);
        assertThat(trace.shipments()).isNotEmpty();
    }

    @Test
    void the_peer_way_reaches_exactly_the_lots_the_trace_engine_reaches() {
        Network net = data.net();
        for (ShapeLots shape : data.generated().shapes()) {
            int raw = shape.first();
            while (net.kind(raw) != Kind.RAW) {
                raw++;
            }
            assertSameLots(raw, Direction.FORWARD);
            assertSameLots(shape.end() - 1, Direction.REVERSE);
        }
        assertSameLots(data.generated().shapes().get(2).superNode(), Direction.FORWARD);
    }

    @Test
    void the_bulk_path_refuses_to_take_stock_that_is_not_there_and_books_nothing() {
        Floor.Site site = floor.aSite();
        Item flour = floor.anItem().register();
        long lot = lots.lot(floor.receive(site, flour, "10", site.rack(), null)).id();
        long rack = catalog.location(site.rack()).id();
        long dock = catalog.location(site.dock()).id();
        Quantity eleven = Quantity.of("11", "KG");
        Posting tooMuch = Posting.transfer(lot, flour.id(), eleven, eleven, new PlaceIds(rack, 0),
                new PlaceIds(dock, 0), null);
        long entries = count("select count(*) from ledger_entries where lot_id = ?", lot);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> bulk.append(List.of(List.of(tooMuch)))))
                .isInstanceOf(Conflict.class).hasMessageContaining("when this entry would be appended");

        assertThat(count("select count(*) from ledger_entries where lot_id = ?", lot)).isEqualTo(entries);
        assertThat(ledger.verify().intact()).isTrue();
    }

    private void assertSameLots(int root, Direction direction) {
        Set<Long> peerIds = peer.reach(data.lotIds()[root], direction);
        Set<String> peerLots = new HashSet<>(jdbc.sql("select l.lot_number from unnest(cast(:ids as bigint array)) "
                + "as v (id) join lots l on l.id = v.id").param("ids", peerIds.toArray(Long[]::new))
                .query(String.class).list());
        Trace trace = genealogy.trace(new TraceRequest(direction, List.of(data.codes().lotNumber(root)), null));
        assertThat(peerLots).as("%s from %s", direction, data.codes().lotNumber(root))
                .hasSize(peerIds.size())
                .isEqualTo(trace.lots().stream().map(Trace.Node::lotNumber).collect(Collectors.toSet()));
    }

    private long count(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }
}
