package io.lotline.retention.internal;

import io.lotline.identity.CurrentActor;
import io.lotline.ledger.ChainLink;
import io.lotline.ledger.ChainPosition;
import io.lotline.ledger.Ledger;
import io.lotline.retention.domain.RetentionPolicy.Governing;
import io.lotline.retention.internal.RetainedLots.RetainedLot;
import io.lotline.shared.SqlResource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The archive bundle: the ledger entries of the archived lots as hashed (entries.jsonl), every link of the chain up
 * to its head at export (chain.csv), what was archived and where the chain stood (manifest.json), and how to check
 * it all without Lotline (README.txt). The chain is walked up to the head read first, so later bookings do not
 * enter a bundle half-way.
 */
@Component
class ArchiveBundle {
    private static final String README = SqlResource.load(ArchiveBundle.class, "archive-README.txt") + "\n";

    private final Ledger ledger;
    private final JsonMapper json;
    private final CurrentActor actor;
    private final Clock clock;

    ArchiveBundle(Ledger ledger, JsonMapper json, CurrentActor actor, Clock clock) {
        this.ledger = ledger;
        this.json = json;
        this.actor = actor;
        this.clock = clock;
    }

    /** A lot going into the bundle and the rule that let it go. */
    record ArchivedLot(RetainedLot lot, Governing governing) {
    }

    void write(LocalDate until, int rulesVersion, List<ArchivedLot> archived, OutputStream out) {
        Map<Long, ArchivedLot> byId = archived.stream()
                .collect(Collectors.toMap(a -> a.lot().id(), Function.identity()));
        ChainPosition head = ledger.head();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("README.txt"));
            zip.write(README.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("entries.jsonl"));
            Span span = new Span();
            ledger.walkChain(link -> {
                if (link.seq() <= head.seq() && byId.containsKey(link.lotId())) {
                    span.add(link);
                    line(zip, json.writeValueAsString(entry(link, byId.get(link.lotId()))) + "\n");
                }
            });
            zip.putNextEntry(new ZipEntry("chain.csv"));
            line(zip, "seq,prev_hash,hash\n");
            ledger.walkChain(link -> {
                if (link.seq() <= head.seq()) {
                    line(zip, link.seq() + "," + link.prevHash() + "," + link.hash() + "\n");
                }
            });
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(json.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(manifest(until, rulesVersion, archived, span, head)));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> entry(ChainLink link, ArchivedLot lot) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("seq", link.seq());
        entry.put("lotNumber", lot.lot().lotNumber());
        entry.put("fields", link.fields());
        entry.put("hash", link.hash());
        return entry;
    }

    private Map<String, Object> manifest(LocalDate until, int rulesVersion, List<ArchivedLot> archived, Span span,
                                         ChainPosition head) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("until", until.toString());
        manifest.put("exportedAt", clock.instant().toString());
        manifest.put("exportedBy", actor.current().username());
        manifest.put("retentionRulesVersion", rulesVersion);
        manifest.put("lots", archived.stream().map(a -> Map.of("lotNumber", a.lot().lotNumber(),
                "sku", a.lot().sku(), "rule", a.governing().rule().code(),
                "archivableOn", a.governing().archivableOn().toString())).toList());
        manifest.put("entries", span.count);
        manifest.put("chainBefore", span.before);
        manifest.put("chainAfter", span.after);
        manifest.put("chainHead", head);
        return manifest;
    }

    private static void line(ZipOutputStream zip, String text) {
        try {
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the archived entries start and end in the chain. */
    private static final class Span {
        private long count;
        private ChainPosition before;
        private ChainPosition after;

        void add(ChainLink link) {
            if (count++ == 0) {
                before = new ChainPosition(link.seq() - 1, link.prevHash());
            }
            after = new ChainPosition(link.seq(), link.hash());
        }
    }
}
