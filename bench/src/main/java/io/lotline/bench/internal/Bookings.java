package io.lotline.bench.internal;

import io.lotline.bench.internal.MasterData.Plant;
import io.lotline.bench.internal.MasterData.Registered;
import io.lotline.bench.internal.Network.Kind;
import io.lotline.ledger.Posting;
import io.lotline.ledger.Posting.PlaceIds;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Books the network in an order the floor could have booked it: every raw and bulk lot is received and put away,
 * then stage after stage each order issues its inputs and outputs its lot, which is put away; the finished lots are
 * split onto pallets, which go to the shipping dock and to customers. Between put-away and first use, each lot is
 * counted, moved and sometimes partly scrapped (see {@link FloorLife}). Commands are handed on in batches.
 */
final class Bookings {
    private final Network net;
    private final BookingState state;
    private final Registered master;
    private final FloorLife life;
    private final Postings postings;
    private final int batchEntries;
    private final Consumer<Batch> sink;
    private Batch batch = new Batch();

    Bookings(Network net, BookingState state, Registered master, FloorLife life, Postings postings,
             int batchEntries, Consumer<Batch> sink) {
        this.net = net;
        this.state = state;
        this.master = master;
        this.life = life;
        this.postings = postings;
        this.batchEntries = batchEntries;
        this.sink = sink;
    }

    void book(ShapeLots shape) {
        for (int lot = shape.first(); lot < shape.palletsFirst(); lot++) {
            if (net.kind(lot) != Kind.MADE) {
                receive(lot);
            }
        }
        for (int lot = shape.first(); lot < shape.palletsFirst(); lot++) {
            if (net.kind(lot) == Kind.MADE) {
                make(lot);
            }
        }
        for (int pallet = shape.palletsFirst(); pallet < shape.end(); ) {
            int finished = net.parent(pallet, 0);
            int last = pallet;
            while (last < shape.end() && net.parent(last, 0) == finished) {
                last++;
            }
            split(finished, pallet, last);
            pallet = last;
        }
    }

    /** Hands on what is left. */
    void finish() {
        if (batch.entries() > 0) {
            sink.accept(batch);
            batch = new Batch();
        }
    }

    private void receive(int lot) {
        Plant plant = plant(lot);
        long at = net.time[lot];
        command(postings.receipt(lot, net.quantity[lot], new PlaceIds(plant.dockIn(), 0),
                master.supplierOf(net.item[lot], lot),
                state.document(lot, "PO"), state.document(lot, "DN"), at));
        state.put(lot, plant.dockIn(), 0, net.quantity[lot]);
        life.putAway(lot, at + ShapeBuilder.HOUR, this::command);
    }

    private void make(int lot) {
        String order = state.document(lot, "MO");
        long at = net.time[lot];
        int inputs = net.parentCount(lot);
        List<Posting> command = new ArrayList<>(inputs + 1);
        long[] taken = new long[inputs];
        for (int n = 0; n < inputs; n++) {
            int parent = net.parent(lot, n);
            taken[n] = state.portion(parent);
            command.add(postings.issue(parent, taken[n], state.place(parent), order, "PRODUCTION", at));
            state.take(parent, taken[n]);
        }
        command.add(postings.output(lot, net.quantity[lot], new PlaceIds(plant(lot).line(), 0), order, "PRODUCTION",
                at + 2 * ShapeBuilder.HOUR));
        int first = add(command);
        for (int n = 0; n < inputs; n++) {
            int parent = net.parent(lot, n);
            batch.edges.add(new Batch.Edge(parent, lot, first + n, first + inputs, taken[n], postings.unit(parent),
                    order));
        }
        state.put(lot, plant(lot).line(), 0, net.quantity[lot]);
        life.putAway(lot, at + 3 * ShapeBuilder.HOUR, this::command);
    }

    /** The finished lot goes onto pallets: one issue, one output per pallet, each pallet a lot of its own. */
    private void split(int finished, int firstPallet, int endPallet) {
        String order = state.document(finished, "SP");
        long at = net.firstUse[finished];
        long amount = state.remaining(finished);
        long step = net.itemOf(finished).step();
        int pallets = endPallet - firstPallet;
        List<Posting> command = new ArrayList<>(pallets + 1);
        command.add(postings.issue(finished, amount, state.place(finished), order, "SPLIT", at));
        state.take(finished, amount);
        long share = amount / pallets / step * step;
        for (int pallet = firstPallet; pallet < endPallet; pallet++) {
            long part = pallet == endPallet - 1 ? amount - share * (pallets - 1) : share;
            PlaceIds staging = new PlaceIds(plant(pallet).staging(), state.container(pallet));
            command.add(postings.output(pallet, part, staging, order, "SPLIT", at));
            state.put(pallet, staging.locationId(), staging.containerId(), part);
        }
        int first = add(command);
        for (int pallet = firstPallet; pallet < endPallet; pallet++) {
            batch.edges.add(new Batch.Edge(finished, pallet, first, first + 1 + pallet - firstPallet, amount,
                    postings.unit(finished), order));
        }
        for (int pallet = firstPallet; pallet < endPallet; pallet++) {
            life.ship(pallet, at + 2 * ShapeBuilder.HOUR, this::command);
        }
    }

    private Plant plant(int lot) {
        return master.plants().get(net.shape[lot]);
    }

    private void command(Posting posting) {
        add(List.of(posting));
    }

    private int add(List<Posting> command) {
        if (batch.entries() + command.size() > batchEntries && batch.entries() > 0) {
            finish();
        }
        return batch.add(command);
    }
}
