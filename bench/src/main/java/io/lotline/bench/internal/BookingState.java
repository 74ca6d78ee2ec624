package io.lotline.bench.internal;

import io.lotline.bench.internal.Network.Kind;
import io.lotline.ledger.Posting.PlaceIds;

/**
 * Where every lot of the network lies while it is booked, and how much of it is left, so each posting takes only
 * what is there.
 */
final class BookingState {
    private final Network net;
    private final RunCodes codes;
    private final long[] remaining;
    private final long[] location;
    private final long[] container;

    BookingState(Network net, RunCodes codes, long[] containers) {
        this.net = net;
        this.codes = codes;
        this.remaining = new long[net.size];
        this.location = new long[net.size];
        this.container = containers;
    }

    String document(int lot, String kind) {
        return codes.document(lot, kind);
    }

    void put(int lot, long at, long onContainer, long amount) {
        location[lot] = at;
        remaining[lot] = amount;
        if (onContainer != container[lot]) {
            throw new IllegalStateException("Lot " + lot + " belongs on container " + container[lot]);
        }
    }

    void moveTo(int lot, long at) {
        location[lot] = at;
    }

    void take(int lot, long amount) {
        if (amount > remaining[lot]) {
            throw new IllegalStateException("Lot " + lot + " has " + remaining[lot] + ", " + amount + " taken");
        }
        remaining[lot] -= amount;
    }

    void add(int lot, long amount) {
        remaining[lot] += amount;
    }

    long remaining(int lot) {
        return remaining[lot];
    }

    long location(int lot) {
        return location[lot];
    }

    long container(int lot) {
        return container[lot];
    }

    PlaceIds place(int lot) {
        return new PlaceIds(location[lot], container[lot]);
    }

    /**
     * What one order takes of a lot: of a bulk material the amount each order needs, of anything else an equal share
     * of nine tenths of the lot, so a tenth stays in stock for the trace to find.
     */
    long portion(int lot) {
        ItemSpec item = net.itemOf(lot);
        long share = net.kind(lot) == Kind.BULK ? item.amount()
                : net.quantity[lot] * 9 / 10 / Math.max(1, net.uses[lot]) / item.step() * item.step();
        long portion = Math.min(Math.max(item.step(), share), remaining[lot]);
        if (portion <= 0) {
            throw new IllegalStateException("Lot " + lot + " is used up before all its " + net.uses[lot] + " orders");
        }
        return portion;
    }
}
