package io.lotline.quality;

import io.lotline.ledger.Signature;
import java.time.Instant;
import java.util.List;

/** What quality staff read. */
public final class QualityViews {
    private QualityViews() {
    }

    /** An item's specification. */
    public record Specification(String sku, List<SpecParameter> parameters) {
    }

    /** Where a lot stands against its item's specification, and whether it may be released without override. */
    public record LotEvaluation(String lotNumber, String status, boolean releasable, List<Verdict> verdicts,
                                List<RecordedResult> results, List<Document> documents,
                                List<SignatureRecord> signatures) {
    }

    /** A recorded result with its verdict at the time it was recorded. */
    public record RecordedResult(long id, String parameter, String source, Long documentId, String value,
                                 boolean withinSpec, String verdict, String recordedBy, Instant recordedAt) {
    }

    /** A stored document: name, type, size, SHA-256 fingerprint, who uploaded it when. */
    public record Document(long id, String lotNumber, String kind, String filename, String mediaType, long sizeBytes,
                           String sha256, String uploadedBy, Instant uploadedAt) {
    }

    /** A signed decision as it is shown with the lot. */
    public record SignatureRecord(String printedName, String username, Signature.Meaning meaning, String comment,
                                  String overrideReason, Instant signedAt, long statusEntryId) {
    }

    /** A non-conformance report. */
    public record Nonconformance(String code, String title, String description, String status, boolean lotsHeld,
                                 List<String> lots, String openedBy, Instant openedAt, String disposition,
                                 String dispositionComment, String dispositionBy, Instant dispositionAt,
                                 String closureSummary, String closedBy, Instant closedAt) {
    }

    /** How this site set quality up: whether opening a non-conformance holds its lots, the largest document. */
    public record DeskRules(boolean nonconformanceHoldsLots, long maxDocumentBytes) {
    }
}
