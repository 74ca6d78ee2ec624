package io.lotline.genealogy.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The walk through the lot graph in business time (ADR 16), shared by the in-memory index and the database walk on
 * H2, and used to count the steps of a walk whose lots came from PostgreSQL's recursive query.
 *
 * <p>An edge says when its material was drawn from the parent and, for an input poured into a running lot, when it
 * entered the child ({@link #FROM_THE_START} when it is part of the whole child). A draw carries an input of the
 * parent only if the input had entered by then, ties counted in. Forward, each lot keeps the earliest time the
 * traced material entered it, and an edge out of it is followed only if drawn at or after that time. Reverse, each
 * lot keeps the latest time an input could have entered and still be in a draw the walk followed out of it, and an
 * edge into it is followed only if it entered by then; the time is rounded down to the latest entry of an input
 * poured in, so it changes only when one more input is let in. A lot is walked again only when its time lets more
 * edges through, so it is walked at most once more than it has inputs poured in; a lot without poured-in inputs is
 * walked once, as before. The walk goes level by level and a lot's time takes effect at the next level, so a lot's
 * depth is the fewest steps of a path in time, and a depth limit counts those steps.
 */
final class TimedWalk {
    /** The entry time of an input that is part of the whole child; forward, the time of a root. */
    static final long FROM_THE_START = Long.MIN_VALUE;
    /** Reverse, the time of a root: everything that ever entered it is traced; also a draw of unknown time. */
    static final long EVERYTHING = Long.MAX_VALUE;

    private TimedWalk() {
    }

    /** The graph as the walk sees it. */
    interface Adjacency {
        /** Calls back once per edge out of (forward) or into (reverse) each of the first {@code count} lots. */
        void edges(long[] lots, int count, boolean forward, EdgeVisitor visitor);

        /**
         * Whether the reverse walk should gather the lots a level reaches and call {@link #prepare} with them before
         * asking {@link #pouredIn} (the database walk reads them in one query); the index answers at once.
         */
        default boolean readsAhead() {
            return false;
        }

        /** Gets ready to answer {@link #pouredIn} for these lots. */
        default void prepare(long[] lots, int count) {
        }

        /** The entry times of the inputs poured into the lot, or {@code null} when it has none. */
        long[] pouredIn(long lot);
    }

    /** One edge: from the lot being walked to the lot it leads to, with its draw and entry times. */
    @FunctionalInterface
    interface EdgeVisitor {
        void edge(long from, long to, long drawn, long entered);
    }

    static long micros(Instant time) {
        return Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000L), time.getNano() / 1_000);
    }

    static long micros(OffsetDateTime time, long ifNull) {
        return time == null ? ifNull : micros(time.toInstant());
    }

    static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000);
    }

    /** Whether an edge drawn and entered at these times is followed from a lot walked with {@code key}. */
    static boolean follows(boolean forward, long key, long drawn, long entered) {
        return forward ? key <= drawn : entered <= key;
    }

    /** The reverse key of a lot reached by a draw at {@code drawn}: the latest poured-in entry at or before it. */
    static long admitted(long[] pouredIn, long drawn) {
        long latest = FROM_THE_START;
        for (long entered : pouredIn) {
            if (entered <= drawn && entered > latest) {
                latest = entered;
            }
        }
        return latest;
    }

    static Walk walk(Adjacency graph, Collection<Long> roots, boolean forward, Integer maxDepth) {
        State walk = new State(graph, forward);
        for (long root : roots) {
            walk.reachRoot(root);
        }
        for (int depth = 0; walk.frontier.size > 0 && (maxDepth == null || depth < maxDepth); depth++) {
            walk.level(depth);
        }
        return walk.result();
    }

    /** A walk under way: the lots reached with their depths, their keys, and the lots of the next level. */
    private static final class State implements EdgeVisitor {
        final Adjacency graph;
        final boolean forward;
        final boolean inline;
        final long defaultKey;
        final BitSet seen = new BitSet();
        final Longs order = new Longs();
        int[] depths = new int[16];
        final Map<Long, Long> keys = new HashMap<>();
        // the lots whose key is not the default (in keys, or pending): any other lot is at its best key already, so
        // the walk looks up no map for the lots of a genealogy into which nothing was poured
        final BitSet keyed = new BitSet();
        final Map<Long, Long> pending = new HashMap<>();
        final Longs arrivedAt = new Longs();
        final Longs arrivedKey = new Longs();
        Longs frontier = new Longs();
        Longs next = new Longs();
        int depth;
        long last;
        long lastKey;

        State(Adjacency graph, boolean forward) {
            this.graph = graph;
            this.forward = forward;
            // the reverse walk of the database reads the poured-in times of the lots a level reached in one query
            this.inline = forward || !graph.readsAhead();
            this.defaultKey = forward ? FROM_THE_START : EVERYTHING;
        }

        void reachRoot(long root) {
            int id = Math.toIntExact(root);
            if (!seen.get(id)) {
                seen.set(id);
                depths = order.size < depths.length ? depths : Arrays.copyOf(depths, depths.length * 2);
                order.add(root);
                frontier.add(root);
            }
        }

        void level(int at) {
            depth = at;
            last = -1;
            arrivedAt.size = 0;
            arrivedKey.size = 0;
            next = new Longs();
            graph.edges(frontier.values, frontier.size, forward, this);
            if (!inline) {
                graph.prepare(arrivedAt.values, arrivedAt.size);
                for (int i = 0; i < arrivedAt.size; i++) {
                    arrive(arrivedAt.values[i], arrivedKey.values[i]);
                }
            }
            pending.forEach((lot, key) -> {
                if (key == defaultKey) {
                    keys.remove(lot);
                    keyed.clear(Math.toIntExact(lot));
                } else {
                    keys.put(lot, key);
                }
            });
            pending.clear();
            frontier = next;
        }

        @Override
        public void edge(long from, long to, long drawn, long entered) {
            if (from != last) {
                last = from;
                Long key = keyed.get((int) from) ? keys.get(from) : null;
                lastKey = key == null ? defaultKey : key;
            }
            if (!follows(forward, lastKey, drawn, entered)) {
                return;
            }
            if (inline) {
                arrive(to, forward ? entered : drawn);
            } else {
                arrivedAt.add(to);
                arrivedKey.add(drawn);
            }
        }

        /** The walk reaches a lot by an edge: {@code raw} is its entry time forward, its draw time reverse. */
        private void arrive(long lot, long raw) {
            long key = raw;
            if (!forward) {
                long[] pouredIn = graph.pouredIn(lot);
                key = pouredIn == null ? EVERYTHING : admitted(pouredIn, raw);
            }
            int id = Math.toIntExact(lot);
            if (!seen.get(id)) {
                seen.set(id);
                depths = order.size < depths.length ? depths : Arrays.copyOf(depths, depths.length * 2);
                depths[order.size] = depth + 1;
                order.add(lot);
                next.add(lot);
                if (key != defaultKey) {
                    pending.put(lot, key);
                    keyed.set(id);
                }
                return;
            }
            if (!keyed.get(id)) {
                return;
            }
            Long waiting = pending.get(lot);
            Long known = keys.get(lot);
            long current = waiting != null ? waiting : known != null ? known : defaultKey;
            if (forward ? key < current : key > current) {
                if (waiting == null) {
                    // a lot first reached at this level with the default key cannot improve, so it is not in next
                    next.add(lot);
                }
                pending.put(lot, key);
            }
        }

        Walk result() {
            return new Walk(Arrays.copyOf(order.values, order.size), Arrays.copyOf(depths, order.size), keys,
                    defaultKey);
        }
    }

    /** A growable array of longs. */
    static final class Longs {
        long[] values = new long[16];
        int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }
}
