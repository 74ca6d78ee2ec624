package io.lotline.bench.internal;

import io.lotline.ledger.Posting;
import java.util.ArrayList;
import java.util.List;

/**
 * Commands on their way to the ledger, and the genealogy edges between their entries: an edge names the position of
 * its issue and its output among the postings of the batch, and gets their ids once the ledger has appended them.
 */
final class Batch {
    final List<List<Posting>> commands = new ArrayList<>();
    final List<Edge> edges = new ArrayList<>();
    private int entries;

    /** So much of the parent lot, consumed by the posting at {@code issue}, went into the output at {@code output}. */
    record Edge(int parent, int child, int issue, int output, long quantity, String unit, String order) {
    }

    /** Adds a command; returns the position of its first posting in the batch. */
    int add(List<Posting> command) {
        int first = entries;
        commands.add(command);
        entries += command.size();
        return first;
    }

    int entries() {
        return entries;
    }
}
