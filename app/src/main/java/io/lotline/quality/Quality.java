package io.lotline.quality;

import io.lotline.ledger.BookingContext;
import io.lotline.quality.QualityCommands.Close;
import io.lotline.quality.QualityCommands.Decide;
import io.lotline.quality.QualityCommands.Dispose;
import io.lotline.quality.QualityCommands.OpenNonconformance;
import io.lotline.quality.QualityCommands.RecordResults;
import io.lotline.quality.QualityViews.DeskRules;
import io.lotline.quality.QualityViews.Document;
import io.lotline.quality.QualityViews.LotEvaluation;
import io.lotline.quality.QualityViews.Nonconformance;
import io.lotline.quality.QualityViews.SignatureRecord;
import io.lotline.quality.QualityViews.Specification;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import java.util.List;

/** Specifications, results, documents, signed decisions and non-conformances. */
public interface Quality {

    Specification defineSpecification(String sku, List<SpecParameter> parameters);

    Specification specification(String sku);

    LotEvaluation recordResults(String lotNumber, RecordResults results);

    LotEvaluation evaluation(String lotNumber);

    /** Releases or rejects the lot, signed by the current user after re-checking the password. */
    SignatureRecord decide(BookingContext context, String lotNumber, Decide decision);

    Document upload(String lotNumber, String kind, String filename, byte[] content);

    Document document(long id);

    /** The house rules the desk shows: whether a non-conformance holds its lots, the largest document. */
    DeskRules rules();

    byte[] content(long id);

    Nonconformance open(BookingContext context, OpenNonconformance command);

    Nonconformance dispose(String code, Dispose command);

    Nonconformance close(String code, Close command);

    Nonconformance nonconformance(String code);

    Page<Nonconformance> nonconformances(String status, PageRequest page);
}
