package io.lotline.epcis.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The event hash of CBV 2.0 (section 8.9): the event's fields written one after another in the standard's order as
 * {@code name=value}, lists sorted, identifiers in their canonical GS1 Digital Link form, vocabulary in its web URI
 * form, times in UTC to the millisecond, and every other field (extensions, ilmd) after them, sorted, with its
 * namespace written out. The SHA-256 of that text, as {@code ni:///sha-256;<hex>?ver=CBV2.0}, names the event
 * whatever syntax, member order or identifier spelling it came in.
 */
final class EventHash {
    static final String PREFIX = "ni:///sha-256;";
    static final String SUFFIX = "?ver=CBV2.0";

    private static final List<String> ORDER = List.of("eventTime", "eventTimeZoneOffset", "epcList", "parentID",
            "inputEPCList", "childEPCs", "quantityList", "childQuantityList", "inputQuantityList", "outputEPCList",
            "outputQuantityList", "action", "transformationID", "bizStep", "disposition", "persistentDisposition",
            "readPoint", "bizLocation", "bizTransactionList", "sourceList", "destinationList", "sensorElementList");
    private static final Set<String> ORDERED = Set.copyOf(ORDER);
    private static final Set<String> LEFT_OUT = Set.of("type", "eventID", "recordTime", "@context");
    private static final Map<String, String> ITEMS = Map.ofEntries(Map.entry("epcList", "epc"),
            Map.entry("inputEPCList", "epc"), Map.entry("outputEPCList", "epc"), Map.entry("childEPCs", "epc"),
            Map.entry("quantityList", "quantityElement"), Map.entry("childQuantityList", "quantityElement"),
            Map.entry("inputQuantityList", "quantityElement"), Map.entry("outputQuantityList", "quantityElement"),
            Map.entry("bizTransactionList", "bizTransaction"), Map.entry("sourceList", "source"),
            Map.entry("destinationList", "destination"), Map.entry("sensorElementList", "sensorElement"),
            Map.entry("correctiveEventIDs", "correctiveEventID"));
    private static final Map<String, List<String>> MEMBERS = Map.of(
            "quantityElement", List.of("epcClass", "quantity", "uom"),
            "persistentDisposition", List.of("set", "unset"),
            "readPoint", List.of("id"), "bizLocation", List.of("id"),
            "sensorElement", List.of("sensorMetadata", "sensorReport"),
            "sensorMetadata", List.of("time", "startTime", "endTime", "deviceID", "deviceMetadata", "rawData",
                    "dataProcessingMethod", "bizRules"),
            "sensorReport", List.of("type", "exception", "deviceID", "deviceMetadata", "rawData",
                    "dataProcessingMethod", "time", "microorganism", "chemicalSubstance", "value", "component",
                    "stringValue", "booleanValue", "hexBinaryValue", "uriValue", "minValue", "maxValue", "meanValue",
                    "sDev", "percRank", "percValue", "uom", "coordinateReferenceSystem"));
    /** The members whose bare value is a CBV name, with the web vocabulary prefix it stands for. */
    private static final Map<String, String> VOCABULARY = Map.of("bizStep", "https://ns.gs1.org/voc/Bizstep-",
            "disposition", "https://ns.gs1.org/voc/Disp-", "set", "https://ns.gs1.org/voc/Disp-",
            "unset", "https://ns.gs1.org/voc/Disp-", "bizTransactionType", "https://ns.gs1.org/voc/BTT-",
            "sourceType", "https://ns.gs1.org/voc/SDT-", "reason", "https://ns.gs1.org/voc/ER-");
    private static final Map<String, String> CBV_URNS = Map.of(
            "urn:epcglobal:cbv:bizstep:", "https://ns.gs1.org/voc/Bizstep-",
            "urn:epcglobal:cbv:disp:", "https://ns.gs1.org/voc/Disp-",
            "urn:epcglobal:cbv:btt:", "https://ns.gs1.org/voc/BTT-",
            "urn:epcglobal:cbv:sdt:", "https://ns.gs1.org/voc/SDT-",
            "urn:epcglobal:cbv:er:", "https://ns.gs1.org/voc/ER-");
    private static final Map<String, String> KNOWN_PREFIXES = Map.of("gs1", "https://gs1.org/voc/",
            "cbvmda", "urn:epcglobal:cbv:mda:", "rdfs", "http://www.w3.org/2000/01/rdf-schema#",
            "xsd", "http://www.w3.org/2001/XMLSchema#");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INSTANCE_URN = Pattern.compile(
            "urn:epc:id:(sgtin|sscc|sgln|grai|giai|gsrn|gsrnp|gdti|sgcn|pgln|cpi|ginc|gsin|itip|upui):(.+)");
    private static final Pattern LGTIN_URN = Pattern.compile("urn:epc:class:lgtin:(\\d+)\\.(\\d+)\\.(.+)");
    private static final Pattern PRODUCT_URN = Pattern.compile("urn:epc:idpat:sgtin:(\\d+)\\.(\\d+)\\.\\*");
    private static final Pattern LINK = Pattern.compile("https?://[^/?#]+(?:/[^?#]*)?/(0[01]|253|255|414|417|8003|8004"
            + "|8006|8010|8017|8018|401|402|8013|8019)/([^?#]+?)/?(?:[?#].*)?");
    private static final int MAX_SCALE = 64;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final DateTimeFormatter MILLISECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSX");

    /** The URN forms the first generators wrote identifiers and vocabulary in, before CBV 2.0 took web URIs. */
    private static final Map<String, String> URN_VOCABULARY = Map.of("bizStep", "urn:epcglobal:cbv:bizstep:",
            "disposition", "urn:epcglobal:cbv:disp:", "set", "urn:epcglobal:cbv:disp:",
            "unset", "urn:epcglobal:cbv:disp:", "bizTransactionType", "urn:epcglobal:cbv:btt:",
            "sourceType", "urn:epcglobal:cbv:sdt:", "reason", "urn:epcglobal:cbv:er:");

    /** How identifiers and vocabulary are written before hashing. */
    enum Form {
        /** CBV 2.0: GS1 Digital Link and web vocabulary URIs. */
        WEB,
        /** Early generators: EPC and CBV URNs, as the GS1 examples' event ids were computed. */
        URN
    }

    private final Map<String, String> prefixes;
    private final Form form;

    private EventHash(Map<String, String> prefixes, Form form) {
        this.prefixes = prefixes;
        this.form = form;
    }

    /** The event hash of an event in its JSON-LD form, its {@code @context} (if any) naming its extensions. */
    static String of(JsonNode event) {
        return of(event, Form.WEB);
    }

    static String of(JsonNode event, Form form) {
        return PREFIX + sha256(preHash(event, form)) + SUFFIX;
    }

    /** The text the hash is taken of. */
    static String preHash(JsonNode event, Form form) {
        Map<String, String> prefixes = new HashMap<>(KNOWN_PREFIXES);
        collectPrefixes(event.path("@context"), prefixes);
        return new EventHash(prefixes, form).render(event);
    }

    private String render(JsonNode event) {
        StringBuilder text = new StringBuilder("eventType=").append(event.path("type").asString(""));
        for (String name : ORDER) {
            JsonNode value = event.get(name);
            if (value != null) {
                text.append(member(name, value));
            }
        }
        List<String> rest = new ArrayList<>();
        for (String name : event.propertyNames()) {
            if (!ORDERED.contains(name) && !LEFT_OUT.contains(name)) {
                rest.add(member(name, event.get(name)));
            }
        }
        rest.sort(null);
        rest.forEach(text::append);
        return text.toString();
    }

    /** One member: its name, its value or its parts; nothing at all when it holds nothing. */
    private String member(String name, JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            String item = ITEMS.get(name);
            List<String> parts = new ArrayList<>();
            value.forEach(element -> parts.add(member(item != null ? item : name, element)));
            parts.sort(null);
            String joined = String.join("", parts);
            return joined.isEmpty() ? "" : item != null ? name(name) + joined : joined;
        }
        if (value.isObject()) {
            return object(name, value);
        }
        String text = scalar(name, value);
        return text.isEmpty() ? "" : name(name) + "=" + text;
    }

    private String object(String name, JsonNode value) {
        if (name.equals("bizTransaction") || name.equals("source") || name.equals("destination")) {
            String typeKind = name.equals("bizTransaction") ? "bizTransactionType" : "sourceType";
            String own = value.path(name).isValueNode() ? scalar(name, value.get(name)) : "";
            String type = value.path("type").isValueNode() ? scalar(typeKind, value.get("type")) : "";
            return name + (own.isEmpty() ? "" : "=" + own) + (type.isEmpty() ? "" : "type=" + type);
        }
        StringBuilder text = new StringBuilder();
        List<String> ordered = MEMBERS.getOrDefault(name, List.of());
        for (String member : ordered) {
            JsonNode part = value.get(member);
            if (part != null) {
                text.append(member(member, part));
            }
        }
        List<String> rest = new ArrayList<>();
        for (String member : value.propertyNames()) {
            if (!ordered.contains(member) && !member.startsWith("@")) {
                rest.add(member(member, value.get(member)));
            }
        }
        rest.sort(null);
        rest.forEach(text::append);
        return text.isEmpty() ? "" : name(name) + text;
    }

    private String scalar(String name, JsonNode value) {
        String text = text(value);
        if (text.isEmpty()) {
            return "";
        }
        String lower = name.toLowerCase();
        if (lower.indexOf("time") > 0 && !lower.contains("offset")) {
            return time(text);
        }
        String prefix = (form == Form.WEB ? VOCABULARY : URN_VOCABULARY).get(name);
        if (prefix != null && !text.contains(":")) {
            return prefix + text;
        }
        if (form == Form.URN) {
            return numeric(text) ? number(text) : text;
        }
        return canonical(text);
    }

    /** A scalar as written: a string stripped, a number as JSON writes it (its own {@code toString}). */
    private static String text(JsonNode value) {
        if (value.isString()) {
            return value.asString().strip();
        }
        if (value.isBigDecimal()) {
            return value.decimalValue().toString();
        }
        return value.isIntegralNumber() ? value.bigIntegerValue().toString() : value.toString();
    }

    private String canonical(String text) {
        if (text.startsWith("urn:epcglobal:cbv:")) {
            for (Map.Entry<String, String> urn : CBV_URNS.entrySet()) {
                if (text.startsWith(urn.getKey())) {
                    return urn.getValue() + text.substring(urn.getKey().length());
                }
            }
        }
        if (text.startsWith("https://ref.gs1.org/cbv/")) {
            String rest = text.substring("https://ref.gs1.org/cbv/".length());
            return "https://ns.gs1.org/voc/" + (rest.startsWith("BizStep-") ? "Bizstep-" + rest.substring(8) : rest);
        }
        if (numeric(text)) {
            return number(text);
        }
        String link = DigitalLinks.of(text);
        if (link != null) {
            return link;
        }
        int colon = text.indexOf(':');
        if (colon > 0 && !text.startsWith("urn:") && !text.contains("://")) {
            String namespace = prefixes.get(text.substring(0, colon));
            if (namespace != null) {
                return namespace + text.substring(colon + 1);
            }
        }
        return text;
    }

    /** A member's name; an extension's prefix gives way to its namespace, as XML writes it. */
    private String name(String name) {
        int colon = name.indexOf(':');
        if (colon > 0) {
            String namespace = prefixes.get(name.substring(0, colon));
            if (namespace != null) {
                return form == Form.WEB ? "{" + namespace + "}" + name.substring(colon + 1)
                        : namespace + name.substring(colon + 1);
            }
        }
        return name;
    }

    /** Whether the text is a number; the pattern is tried only on text that begins as one can. */
    private static boolean numeric(String text) {
        char first = text.charAt(0);
        return (first >= '0' && first <= '9' || first == '+' || first == '-' || first == '.')
                && NUMBER.matcher(text).matches();
    }

    /** A number without sign or trailing zeros; one whose digits would run beyond {@code MAX_SCALE} is left as is. */
    private static String number(String text) {
        BigDecimal number = new BigDecimal(text.startsWith("+") ? text.substring(1) : text).stripTrailingZeros();
        if (Math.abs((long) number.scale()) > MAX_SCALE) {
            return text;
        }
        return number.scale() <= 0 ? number.setScale(0).toPlainString() : number.toPlainString();
    }

    private static String time(String text) {
        try {
            OffsetDateTime time = EventTimes.iso(text);
            long nanos = time.getNano();
            OffsetDateTime rounded = time.withNano(0).plusNanos(Math.round(nanos / 1_000_000.0) * 1_000_000L);
            return utc(rounded.withOffsetSameInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    /** {@code uuuu-MM-dd'T'HH:mm:ss.SSS'Z'}, written out for the years of four digits. */
    private static String utc(OffsetDateTime time) {
        if (time.getYear() < 0 || time.getYear() > 9999) {
            return time.format(MILLISECONDS);
        }
        StringBuilder text = new StringBuilder(24);
        padded(text, time.getYear(), 4).append('-');
        padded(text, time.getMonthValue(), 2).append('-');
        padded(text, time.getDayOfMonth(), 2).append('T');
        padded(text, time.getHour(), 2).append(':');
        padded(text, time.getMinute(), 2).append(':');
        padded(text, time.getSecond(), 2).append('.');
        return padded(text, time.getNano() / 1_000_000, 3).append('Z').toString();
    }

    private static StringBuilder padded(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        return text.append("0".repeat(width - digits.length())).append(digits);
    }

    private static void collectPrefixes(JsonNode context, Map<String, String> prefixes) {
        if (context.isArray()) {
            context.forEach(part -> collectPrefixes(part, prefixes));
        } else if (context.isObject()) {
            context.propertyNames().forEach(prefix -> {
                if (context.get(prefix).isString()) {
                    prefixes.put(prefix, context.get(prefix).asString());
                }
            });
        }
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** EPC URNs and GS1 Digital Links in the canonical Digital Link form: {@code https://id.gs1.org/...}. */
    static final class DigitalLinks {
        private static final String ROOT = "https://id.gs1.org/";

        private DigitalLinks() {
        }

        static String of(String text) {
            if (text.startsWith("urn:epc:")) {
                return ofUrn(text);
            }
            if (!text.startsWith("http://") && !text.startsWith("https://")) {
                return null;
            }
            Matcher link = LINK.matcher(text);
            if (link.matches() && !text.startsWith(ROOT + link.group(1) + "/" + link.group(2) + "?")) {
                return ROOT + link.group(1) + "/" + link.group(2);
            }
            return null;
        }

        private static String ofUrn(String text) {
            Matcher instance = INSTANCE_URN.matcher(text);
            if (instance.matches()) {
                return instance(instance.group(1), instance.group(2).split("\\.", -1));
            }
            Matcher lot = LGTIN_URN.matcher(text);
            if (lot.matches()) {
                return ROOT + "01/" + gtin(lot.group(1), lot.group(2)) + "/10/" + lot.group(3);
            }
            Matcher product = PRODUCT_URN.matcher(text);
            if (product.matches()) {
                return ROOT + "01/" + gtin(product.group(1), product.group(2));
            }
            return null;
        }

        /** An EPC URN's Digital Link; none where the key's parts are not the digits the scheme has. */
        private static String instance(String scheme, String[] parts) {
            int keyed = scheme.equals("giai") || scheme.equals("sscc") || scheme.equals("pgln") || scheme.equals("gsrn")
                    || scheme.equals("gsrnp") ? 2 : 3;
            if (parts.length != keyed || !DIGITS.matcher(parts[0]).matches()
                    || !DIGITS.matcher(parts[1]).matches() && !scheme.equals("giai")) {
                return null;
            }
            return switch (scheme) {
                case "sgtin" -> ROOT + "01/" + gtin(parts[0], parts[1]) + "/21/" + parts[2];
                case "sscc" -> ROOT + "00/" + checked(parts[1].charAt(0) + parts[0] + parts[1].substring(1));
                case "sgln" -> ROOT + "414/" + checked(parts[0] + parts[1])
                        + (parts[2].equals("0") ? "" : "/254/" + parts[2]);
                case "pgln" -> ROOT + "417/" + checked(parts[0] + parts[1]);
                case "grai" -> ROOT + "8003/0" + checked(parts[0] + parts[1]) + parts[2];
                case "giai" -> ROOT + "8004/" + parts[0] + parts[1];
                case "gsrn" -> ROOT + "8018/" + checked(parts[0] + parts[1]);
                case "gsrnp" -> ROOT + "8017/" + checked(parts[0] + parts[1]);
                case "gdti" -> ROOT + "253/" + checked(parts[0] + parts[1]) + parts[2];
                default -> null;
            };
        }

        private static String gtin(String companyPrefix, String itemReference) {
            return checked(itemReference.charAt(0) + companyPrefix + itemReference.substring(1));
        }

        /** The digits with their GS1 check digit appended. */
        static String checked(String digits) {
            int sum = 0;
            for (int i = 0; i < digits.length(); i++) {
                int digit = digits.charAt(digits.length() - 1 - i) - '0';
                sum += i % 2 == 0 ? digit * 3 : digit;
            }
            return digits + (10 - sum % 10) % 10;
        }
    }
}
