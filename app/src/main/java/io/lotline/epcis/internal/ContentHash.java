package io.lotline.epcis.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** SHA-256 of an event's canonical text, in hex: what makes two captures of the same event recognisable. */
final class ContentHash {
    private ContentHash() {
    }

    static String of(String canonical) {
        return HexFormat.of().formatHex(sha256().digest(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The hash of a JSON-LD event's canonical text: its members in name order at every depth, compact, its
     * {@code @context} left out. The text is written straight into the digest, as UTF-8 the way
     * {@link String#getBytes} encodes it, rather than built as a sorted copy and a string first.
     */
    static String ofEvent(JsonNode event, JsonMapper json) {
        MessageDigest digest = sha256();
        try (Writer text = new OutputStreamWriter(new DigestOutputStream(OutputStream.nullOutputStream(), digest),
                StandardCharsets.UTF_8); JsonGenerator out = json.createGenerator(text)) {
            sorted(event, out, true);
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void sorted(JsonNode node, JsonGenerator out, boolean event) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>(node.propertyNames());
            names.sort(null);
            out.writeStartObject();
            for (String name : names) {
                if (!event || !name.equals("@context")) {
                    out.writeName(name);
                    sorted(node.get(name), out, false);
                }
            }
            out.writeEndObject();
        } else if (node.isArray()) {
            out.writeStartArray();
            node.forEach(element -> sorted(element, out, false));
            out.writeEndArray();
        } else {
            scalar(node, out);
        }
    }

    /** A value as the tree's own serialisation writes it; the rarer kinds through the mapper itself. */
    private static void scalar(JsonNode node, JsonGenerator out) {
        if (node.isString()) {
            out.writeString(node.asString());
        } else if (node.isBigDecimal()) {
            out.writeNumber(node.decimalValue());
        } else if (node.isInt()) {
            out.writeNumber(node.intValue());
        } else if (node.isLong()) {
            out.writeNumber(node.longValue());
        } else if (node.isBoolean()) {
            out.writeBoolean(node.booleanValue());
        } else if (node.isNull()) {
            out.writeNull();
        } else {
            out.writeTree(node);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
