package io.lotline.exchange;

import io.lotline.genealogy.TraceRequest;
import java.util.List;

/** Regulatory and audit exports. */
public interface Exports {

    /** The FSMA 204 rows for the request; refused when nothing matches, so an empty sheet is never taken as complete. */
    List<TraceabilityEvent> fsma204(ExportRequest request);

    /**
     * Writes the sortable spreadsheet of the request as its rows are read from the database, in constant memory, to
     * the stream the download opens once the first row is found; refused, with nothing opened, when nothing matches.
     * Returns the number of rows written below the header.
     */
    long fsma204Xlsx(ExportRequest request, Download download);

    /** The same rows as CSV (UTF-8 with a byte-order mark), written the same way. */
    long fsma204Csv(ExportRequest request, Download download);

    OneUpOneDown oneUpOneDown(String lotNumber);

    String oneUpOneDownCsv(String lotNumber);

    /** A trace as a PDF for auditors: the lots as a tree by depth, the edges, shipments or receipts, and stock. */
    byte[] tracePdf(TraceRequest request);
}
