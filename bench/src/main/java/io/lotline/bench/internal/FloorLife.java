package io.lotline.bench.internal;

import io.lotline.bench.internal.MasterData.Plant;
import io.lotline.bench.internal.MasterData.Registered;
import io.lotline.bench.internal.Network.Kind;
import io.lotline.ledger.Posting;
import io.lotline.ledger.Posting.PlaceIds;
import io.lotline.ledger.References;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * What happens to a lot between arriving at a rack and being used: cycle counts (most confirm the books, some find a
 * little more or less), moves to another rack, now and then a damaged part scrapped. And what happens to a pallet:
 * it goes to the shipping dock and to one or two customers, or waits there. Every decision comes from a random
 * stream of its own lot, so the counts are known before booking and the same seed books the same network.
 */
final class FloorLife {
    private final Network net;
    private final BookingState state;
    private final Postings postings;
    private final Registered master;
    private final long seed;
    private final double extrasPerLot;

    FloorLife(Network net, BookingState state, Postings postings, Registered master, long seed, double extrasPerLot) {
        this.net = net;
        this.state = state;
        this.postings = postings;
        this.master = master;
        this.seed = seed;
        this.extrasPerLot = extrasPerLot;
    }

    /** Counts, moves and scrap per lot that bring the network to about {@code entries} entries. */
    static double extrasPerLot(Network net, List<ShapeLots> shapes, long entries, long seed) {
        long booked = 0;
        long stocked = 0;
        for (ShapeLots shape : shapes) {
            for (int lot = shape.first(); lot < shape.end(); lot++) {
                Kind kind = net.kind(lot);
                if (kind == Kind.PALLET) {
                    booked += 1 + shipments(seed, lot) + (lot == shape.palletsFirst() || net.parent(lot, 0)
                            != net.parent(lot - 1, 0) ? 1 : 0) + 1;
                } else {
                    booked += 2 + (kind == Kind.MADE ? net.parentCount(lot) : 0);
                    stocked++;
                }
            }
        }
        return Math.max(0, (entries - booked) / (double) Math.max(1, stocked));
    }

    /** How many shipments a pallet goes out in: one (most), two part-shipments, or none yet. */
    static int shipments(long seed, int pallet) {
        double draw = random(seed, pallet, 1).nextDouble();
        return draw < 0.7 ? 1 : draw < 0.9 ? 2 : 0;
    }

    void putAway(int lot, long at, Consumer<Posting> book) {
        Plant plant = master.plants().get(net.shape[lot]);
        SplittableRandom random = random(seed, lot, 2);
        rack(lot, plant, random, at, book);
        int extras = (int) extrasPerLot + (random.nextDouble() < extrasPerLot % 1 ? 1 : 0);
        long until = Math.min(net.firstUse[lot], net.time[lot] + 60 * ShapeBuilder.DAY) - ShapeBuilder.HOUR;
        for (int e = 1; e <= extras; e++) {
            long when = at + ShapeBuilder.HOUR + (until - at - ShapeBuilder.HOUR) * e / (extras + 1);
            double draw = random.nextDouble();
            if (draw < 0.3) {
                rack(lot, plant, random, when, book);
            } else if (draw < 0.35) {
                takeAway(lot, state.remaining(lot) / 100, when, true, book);
            } else if (draw < 0.4) {
                takeAway(lot, state.remaining(lot) / 200, when, false, book);
            } else if (draw < 0.45) {
                long found = Math.max(net.itemOf(lot).step(), state.remaining(lot) / 500 / net.itemOf(lot).step()
                        * net.itemOf(lot).step());
                book.accept(postings.count(lot, found, state.place(lot), when));
                state.add(lot, found);
            } else {
                book.accept(postings.count(lot, 0, null, when));
            }
        }
    }

    void ship(int pallet, long at, Consumer<Posting> book) {
        Plant plant = master.plants().get(net.shape[pallet]);
        PlaceIds dock = new PlaceIds(plant.dockOut(), state.container(pallet));
        book.accept(postings.transfer(pallet, state.remaining(pallet), state.place(pallet), dock, at));
        state.moveTo(pallet, plant.dockOut());
        int shipments = shipments(seed, pallet);
        SplittableRandom random = random(seed, pallet, 3);
        long step = net.itemOf(pallet).step();
        long half = state.remaining(pallet) / 2 / step * step;
        for (int s = 0; s < shipments; s++) {
            long amount = s == shipments - 1 || half == 0 ? state.remaining(pallet) : half;
            long[] customers = master.customers();
            long customer = customers[random.nextInt(customers.length)];
            String order = state.document(pallet, "CO") + "-" + s;
            book.accept(postings.shipment(pallet, amount, dock, customer, new References(null, order,
                    state.document(pallet, "SH") + "-" + s, null, state.document(pallet, "DN") + "-" + s),
                    at + (1 + random.nextInt(3)) * ShapeBuilder.DAY + s * ShapeBuilder.DAY));
            state.take(pallet, amount);
            if (state.remaining(pallet) == 0) {
                break;
            }
        }
    }

    /** Moves the whole lot to a rack other than the one it is on. */
    private void rack(int lot, Plant plant, SplittableRandom random, long at, Consumer<Posting> book) {
        long[] racks = plant.racks();
        int choice = random.nextInt(racks.length);
        long rack = racks[choice] == state.location(lot) ? racks[(choice + 1) % racks.length] : racks[choice];
        book.accept(postings.transfer(lot, state.remaining(lot), state.place(lot), new PlaceIds(rack, 0), at));
        state.moveTo(lot, rack);
    }

    /** Scrap or a count that found less; never below what the lot's orders are going to take. */
    private void takeAway(int lot, long amount, long at, boolean scrap, Consumer<Posting> book) {
        long step = net.itemOf(lot).step();
        long taken = Math.max(step, amount / step * step);
        if (state.remaining(lot) - taken < net.quantity[lot] * 93 / 100) {
            book.accept(postings.count(lot, 0, null, at));
            return;
        }
        book.accept(scrap ? postings.scrap(lot, taken, state.place(lot), "DAMAGED", at)
                : postings.count(lot, -taken, state.place(lot), at));
        state.take(lot, taken);
    }

    private static SplittableRandom random(long seed, int lot, int stream) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + lot * 4L + stream);
    }
}
