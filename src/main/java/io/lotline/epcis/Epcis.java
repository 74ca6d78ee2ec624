package io.lotline.epcis;

import io.lotline.genealogy.TraceRequest;

/** Capture of EPCIS documents and the query of the captured events. */
public interface Epcis {

    /**
     * Captures every event of the document or none: a document that breaks the schema, or an event id already
     * captured with other content, stores nothing. Events captured before with the same content are replays.
     */
    CaptureReport capture(byte[] document, DocumentFormat format);

    /** The captured events that match, oldest capture first, as an EPCIS query document. */
    QueryResult query(EventQuery query);

    /** The trace of lots as one EPCIS document: the receipts, transformations and shipments of the lots reached. */
    String trace(TraceRequest request);
}
