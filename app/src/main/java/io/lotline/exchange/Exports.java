package io.lotline.exchange;

import io.lotline.genealogy.TraceRequest;
import java.util.List;

/** Regulatory and audit exports. */
public interface Exports {

    /** The FSMA 204 rows for the request; refused when nothing matches, so an empty sheet is never taken as complete. */
    List<TraceabilityEvent> fsma204(ExportRequest request);

    byte[] fsma204Xlsx(ExportRequest request);

    String fsma204Csv(ExportRequest request);

    OneUpOneDown oneUpOneDown(String lotNumber);

    String oneUpOneDownCsv(String lotNumber);

    /** A trace as a PDF for auditors: the lots as a tree by depth, the edges, shipments or receipts, and stock. */
    byte[] tracePdf(TraceRequest request);
}
