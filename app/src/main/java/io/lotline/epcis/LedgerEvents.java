package io.lotline.epcis;

import io.lotline.ledger.Entry;

/**
 * Ledger entries told in the supply chain's own language: each booked entry as the EPCIS 2.0 event a partner's
 * system would have recorded (a receipt at {@code receiving}, a shipment at {@code shipping}, a consumption or output
 * as a transformation of its production order, a status change at {@code holding} or {@code inspecting} with the
 * matching disposition, a reversal as an error declaration on the entry it corrects).
 */
public interface LedgerEvents {

    /** The entry as an EPCIS 2.0 JSON-LD document of one event, valid against the official schema. */
    String document(Entry entry);
}
