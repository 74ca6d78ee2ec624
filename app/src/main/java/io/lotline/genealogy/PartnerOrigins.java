package io.lotline.genealogy;

import java.util.List;

/**
 * Where the lots of a reverse trace came from before Lotline held them, as partners' captured events tell it: the
 * lots each was made from, transformation by transformation, back to a vessel's catch or a farm's harvest, and the
 * events at partners' places that name them. Provided by the module that keeps captured events; read from the
 * database for each trace, never from memory.
 */
public interface PartnerOrigins {

    /** The partners' lots behind these Lotline lots, none deeper than {@code maxDepth} (null: no limit). */
    Found behind(List<Trace.Node> lots, Integer maxDepth);

    /** Partners' lots and events found behind a trace's lots. */
    record Found(List<Trace.PartnerLot> lots, List<Trace.PartnerEvent> events) {
        public static final Found NONE = new Found(List.of(), List.of());

        public Found {
            lots = List.copyOf(lots);
            events = List.copyOf(events);
        }
    }
}
