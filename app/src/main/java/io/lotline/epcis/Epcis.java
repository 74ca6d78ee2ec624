package io.lotline.epcis;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import io.lotline.genealogy.TraceRequest;

/** Capture of EPCIS documents, and the query of the events captured and booked. */
public interface Epcis {

    /**
     * Captures every event of the document or none: a document that breaks the schema, or an event id already
     * captured with other content, stores nothing. Events captured before with the same content are replays. The
     * document is read as a stream, event by event, so its size does not decide the memory the capture takes.
     */
    CaptureReport capture(InputStream document, DocumentFormat format);

    /**
     * The events that match, as an EPCIS query document: those captured, and the ledger entries booked any other way
     * as the events they are; in the order Lotline recorded them.
     */
    QueryResult query(EventQuery query);

    /**
     * Where the lot came from as captured events tell it, back through every transformation, partners' included.
     * The lot is Lotline's lot number (its supplier's lot code counts too) or an EPC class (LGTIN).
     */
    PartnerTrace origins(String lotNumber, String epcClass);

    /**
     * The captured harvesting, cooling, initial packing and first land-based receiving events of an item (by SKU,
     * through its GTIN), in a date range (inclusive, either end open), of these lot codes; a filter left out (null or
     * empty) selects all. An item without GTIN has none.
     */
    List<CriticalTrackingEvent> criticalEvents(String sku, LocalDate from, LocalDate to, List<String> lots);

    /** The identifiers captured events named that Lotline still does not know, first captured first. */
    List<ProvisionalIdentifier> provisional();
    /** The trace of lots as one EPCIS document: the receipts, transformations and shipments of the lots reached. */
    String trace(TraceRequest request);
}
