package io.lotline.quality.internal;

import io.lotline.identity.CurrentActor;
import io.lotline.lots.Lot;
import io.lotline.quality.QualityViews.Document;
import io.lotline.quality.domain.DocumentType;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.TextRule;
import io.lotline.shared.Unknown;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Certificates and other documents of a lot, stored in the database with their SHA-256 so that the copy an auditor
 * reads can be shown to be the one that was filed. PDF, PNG and JPEG only, up to a configured size.
 */
@Component
class Documents {
    private static final Set<String> KINDS = Set.of("COA", "CERTIFICATE", "OTHER");

    private final QualityRecords records;
    private final CurrentActor actor;
    private final Clock clock;
    private final long maxBytes;

    Documents(QualityRecords records, CurrentActor actor, Clock clock,
              DocumentProperties settings) {
        this.records = records;
        this.actor = actor;
        this.clock = clock;
        this.maxBytes = settings.maxBytes();
    }

    Document upload(Lot lot, String kind, String filename, byte[] content) {
        String documentKind = kind == null ? "COA" : kind.toUpperCase();
        if (!KINDS.contains(documentKind)) {
            throw new InvalidInput("kind", kind, "document-kind", "A document is a COA, CERTIFICATE or OTHER");
        }
        if (content == null || content.length == 0) {
            throw new InvalidInput("file", filename, "file-not-empty", "The uploaded file is empty");
        }
        if (content.length > maxBytes) {
            throw new InvalidInput("file", content.length + " bytes", "max-file-size",
                    "A document has at most " + maxBytes + " bytes");
        }
        String mediaType = DocumentType.detect(content).orElseThrow(() -> new InvalidInput("file", filename,
                "pdf-png-or-jpeg", "Only PDF, PNG and JPEG documents are accepted; this file is none of them"));
        String name = filename == null || filename.isBlank() ? "document"
                : TextRule.CODE.check("file", filename.strip());
        name = name.length() > 200 ? name.substring(name.length() - 200) : name;
        long id = records.insertDocument(lot.id(), documentKind, name, mediaType, content, sha256(content),
                actor.current().username(), clock.instant());
        return document(id);
    }

    Document document(long id) {
        return records.document(id).orElseThrow(() -> new Unknown("document", "documentId", id));
    }

    byte[] content(long id) {
        return records.content(id).orElseThrow(() -> new Unknown("document", "documentId", id));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
