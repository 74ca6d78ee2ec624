package io.lotline.quality;

import io.lotline.ledger.Signature;
import io.lotline.shared.Code;
import io.lotline.shared.FreeText;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Secret;
import jakarta.validation.Valid;
import java.util.List;

/** What quality staff record and decide. */
public final class QualityCommands {
    private QualityCommands() {
    }

    /** Results measured in the lab, or stated on a certificate of analysis (with the uploaded document's id). */
    public record RecordResults(ResultSource source, Long documentId, List<@Valid ResultValue> results) {
        public RecordResults {
            if (source == null) {
                throw new InvalidInput("source", null, "required", "Say INSPECTION or COA");
            }
            if (source == ResultSource.COA && documentId == null) {
                throw new InvalidInput("documentId", null, "coa-document",
                        "Values from a certificate of analysis name the uploaded certificate");
            }
            if (results == null || results.isEmpty()) {
                throw new InvalidInput("results", results, "at-least-one-result", "Record at least one result");
            }
            results = List.copyOf(results);
        }
    }

    /** Where a result comes from. */
    public enum ResultSource { INSPECTION, COA }

    /**
     * Release (APPROVED) or reject (REJECTED) a lot with an electronic signature: the signer re-enters their password.
     * A release against failing or missing results needs an override reason, which stays on the record.
     */
    public record Decide(@Secret String password, Signature.Meaning meaning, @FreeText String comment,
                         @FreeText String overrideReason) {
        public Decide {
            if (password == null || password.isEmpty()) {
                throw new InvalidInput("password", "(hidden)", "required", "A signature needs your password");
            }
            if (meaning == null) {
                throw new InvalidInput("meaning", null, "required", "Say APPROVED or REJECTED");
            }
            if (overrideReason != null && overrideReason.isBlank()) {
                overrideReason = null;
            }
        }

        /** The decision without the password: what is remembered for a retried request. */
        public Decide withoutPassword() {
            return new Decide("(not kept)", meaning, comment, overrideReason);
        }
    }

    /** A non-conformance: what is wrong, which lots, whether they go on hold now. */
    public record OpenNonconformance(@FreeText String title, @FreeText String description, List<@Code String> lots,
                                     Boolean holdLots) {
        public OpenNonconformance {
            if (title == null || title.isBlank() || title.length() > 200) {
                throw new InvalidInput("title", title, "required", "A non-conformance has a title of 1-200 characters");
            }
            if (description != null && description.length() > 2000) {
                throw new InvalidInput("description", description, "text-length", "At most 2000 characters");
            }
            if (lots == null || lots.isEmpty()) {
                throw new InvalidInput("lots", lots, "at-least-one-lot", "Name the lots concerned");
            }
            lots = List.copyOf(lots);
        }
    }

    /** What is done with the lots of a non-conformance. */
    public enum Disposition { USE_AS_IS, REWORK, SCRAP, RETURN_TO_SUPPLIER, REJECT }

    /** The decision on a non-conformance. */
    public record Dispose(Disposition disposition, @FreeText String comment) {
        public Dispose {
            if (disposition == null) {
                throw new InvalidInput("disposition", null, "required",
                        "Say USE_AS_IS, REWORK, SCRAP, RETURN_TO_SUPPLIER or REJECT");
            }
            if (comment == null || comment.isBlank() || comment.length() > 1000) {
                throw new InvalidInput("comment", comment, "required", "Explain the disposition (1-1000 characters)");
            }
        }
    }

    /** Closing a non-conformance, with its summary. */
    public record Close(@FreeText String summary) {
        public Close {
            if (summary == null || summary.isBlank() || summary.length() > 2000) {
                throw new InvalidInput("summary", summary, "required", "Summarise the closure (1-2000 characters)");
            }
        }
    }
}
