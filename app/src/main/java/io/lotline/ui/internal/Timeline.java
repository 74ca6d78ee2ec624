package io.lotline.ui.internal;

import io.lotline.ledger.Entry;
import io.lotline.ledger.Place;
import io.lotline.quality.QualityViews.SignatureRecord;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/**
 * A lot's history written for people: one sentence per ledger entry ("Received 500 KG from SUP-1 at DOCK-1"), who
 * and when, and for a signed decision the signature as it was given. Newest first. An entry without its party
 * (masked for a role without trace access) is told without a name.
 */
final class Timeline {
    private final MessageSource messages;
    private final Locale locale;

    Timeline(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** One line of the timeline: what happened, the details on demand, who and when. */
    public record Event(long entry, String kind, String sentence, String detail, String actor, Instant occurredAt,
                        Instant recordedAt) {
    }

    List<Event> of(List<Entry> history, List<SignatureRecord> signatures) {
        Map<Long, SignatureRecord> signed = signatures.stream()
                .collect(Collectors.toMap(SignatureRecord::statusEntryId, Function.identity(), (a, b) -> a));
        return history.stream().sorted(Comparator.comparing(Entry::seq).reversed())
                .map(entry -> event(entry, signed.get(entry.id()))).toList();
    }

    private Event event(Entry e, SignatureRecord signature) {
        String kind = e.type().name().toLowerCase(Locale.ROOT).replace('_', '-');
        String sentence = switch (e.type()) {
            case RECEIPT -> e.party() == null ? say("timeline.receipt-unnamed", e.quantity(), place(e.to()))
                    : say("timeline.receipt", e.quantity(), e.party(), place(e.to()));
            case TRANSFER -> say("timeline.transfer", e.quantity(), place(e.from()), place(e.to()));
            case ISSUE -> say("timeline.issue", e.quantity(), e.references().productionOrder(), place(e.from()));
            case OUTPUT -> say("timeline.output", e.quantity(), e.references().productionOrder(), place(e.to()));
            case SHIPMENT -> e.party() == null ? say("timeline.shipment-unnamed", e.quantity(), place(e.from()))
                    : say("timeline.shipment", e.quantity(), e.party(), place(e.from()));
            case RETURN -> e.party() == null ? say("timeline.return-unnamed", e.quantity(), place(e.to()))
                    : say("timeline.return", e.quantity(), e.party(), place(e.to()));
            case SCRAP -> say("timeline.scrap", e.quantity(), place(e.from()));
            case COUNT_ADJUSTMENT -> e.to() != null ? say("timeline.count-more", e.quantity(), place(e.to()))
                    : e.from() != null ? say("timeline.count-less", e.quantity(), place(e.from()))
                    : say("timeline.count-confirmed");
            case STATUS_CHANGE -> status(e, signature);
            case CORRECTION -> e.change() != null
                    ? say("timeline.corrected", attribute(e.change().attribute()), e.change().oldValue(),
                    e.change().newValue())
                    : say("timeline.reversed", e.correctsEntryId());
        };
        return new Event(e.id(), kind, sentence, detail(e, signature), e.actor(), e.occurredAt(), e.recordedAt());
    }

    private String status(Entry e, SignatureRecord signature) {
        String to = say("status." + e.change().newValue());
        if (signature != null) {
            return say("timeline.signed", to, signature.printedName(),
                    say("meaning." + signature.meaning().name()));
        }
        return say("timeline.status", say("status." + e.change().oldValue()), to);
    }

    /** The reason, note and documents of the entry, as one line shown under the sentence. */
    private String detail(Entry e, SignatureRecord signature) {
        StringBuilder detail = new StringBuilder();
        if (signature != null) {
            append(detail, signature.comment());
            append(detail, signature.overrideReason() == null ? null
                    : say("timeline.override", signature.overrideReason()));
        } else {
            append(detail, e.note());
        }
        if (e.reasonCode() != null && !List.of("STATUS", "SIGNED").contains(e.reasonCode())) {
            append(detail, say("timeline.reason", e.reasonCode()));
        }
        if (e.references() != null) {
            append(detail, e.references().purchaseOrder() == null ? null
                    : say("timeline.purchase-order", e.references().purchaseOrder()));
            append(detail, e.references().customerOrder() == null ? null
                    : say("timeline.customer-order", e.references().customerOrder()));
            append(detail, e.references().deliveryNote() == null ? null
                    : say("timeline.delivery-note", e.references().deliveryNote()));
        }
        return detail.isEmpty() ? null : detail.toString();
    }

    private static void append(StringBuilder detail, String part) {
        if (part != null && !part.isBlank()) {
            detail.append(detail.isEmpty() ? "" : " · ").append(part);
        }
    }

    private String attribute(String attribute) {
        // a batch policy's attribute is shown by its name
        return messages.getMessage("attribute." + attribute, null, attribute, locale);
    }

    private static String place(Place place) {
        if (place == null) {
            return "";
        }
        return place.pallet() == null ? place.location() : place.location() + " / " + place.pallet();
    }

    private String say(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
