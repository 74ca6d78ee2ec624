package io.lotline.web;

import static io.lotline.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.lotline.catalog.Item;
import io.lotline.identity.NewUser;
import io.lotline.identity.Role;
import io.lotline.identity.Users;
import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation of the OpenAPI description, sent a hostile corpus by a user holding every role: no answer is a
 * 5xx, every 4xx is a problem naming its rule, no refused request books, and the audit chain stays intact.
 */
class HostileRequestsIT extends IntegrationTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String USER = "every-role";
    private static final String HOSTILE_PATH = "..%2F..%2Fetc%2Fpasswd";
    private static final List<String> EXTREME_NUMBERS = List.of("1e309", "-1e309", "1e-400",
            "9999999999999999999999");
    private static final List<String> HOSTILE_TEXTS = List.of("x".repeat(10_000), "a\u0000b", "a\u202Eb");

    @Autowired
    private Users users;

    @Autowired
    private UserDetailsService accounts;

    /** Signed in once: HTTP Basic would hash the password on each of the corpus' thousands of requests. */
    private UserDetails everyRole;
    private JsonNode spec;
    private final Map<String, String> known = new LinkedHashMap<>();

    /** One request of the corpus, and what it tried. */
    private record Probe(String what, HttpMethod method, String uri, String contentType, String body,
                         String idempotencyKey) {
    }

    @TestFactory
    List<DynamicTest> every_operation_answers_hostile_requests_with_problems_and_books_nothing() throws Exception {
        if (jdbc.sql("select count(*) from users where username = ?").param(USER).query(Long.class).single() == 0) {
            users.create(new NewUser(USER, "Every role", EnumSet.allOf(Role.class), PASSWORD));
        }
        everyRole = accounts.loadUserByUsername(USER);
        Floor.Site site = floor.aSite();
        Item flour = floor.anItem().register();
        known.put("sku", flour.sku());
        known.put("lotNumber", floor.receive(site, flour, "100", site.dock(), null));
        known.put("location", site.dock());
        known.put("code", site.dock());
        known.put("site", site.site());
        known.put("warehouse", site.warehouse());

        MvcTestResult docs = mvc.get().uri("/v3/api-docs").with(httpBasic("admin", PASSWORD)).exchange();
        assertThat(docs).hasStatusOk();
        spec = JSON.readTree(body(docs));

        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : spec.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                HttpMethod method = HttpMethod.valueOf(operation.getKey().toUpperCase());
                String name = method + " " + path.getKey();
                tests.add(DynamicTest.dynamicTest(name,
                        () -> sendCorpus(name, method, path.getKey(), operation.getValue(), path.getValue())));
            }
        }
        tests.add(DynamicTest.dynamicTest("the audit chain verifies intact after the corpus", () -> {
            MvcTestResult answer = mvc.get().uri("/api/v1/ledger/verification").with(httpBasic(USER, PASSWORD))
                    .exchange();
            assertThat(answer).hasStatusOk();
            assertThat(body(answer)).contains("\"intact\":true");
        }));
        return tests;
    }

    private void sendCorpus(String name, HttpMethod method, String template, JsonNode operation, JsonNode pathItem) {
        List<Probe> probes = corpus(method, template, operation, pathItem);
        List<String> offences = new ArrayList<>();
        for (Probe probe : probes) {
            long entries = count("ledger_entries");
            MvcTestResult answer = send(probe);
            if (answer.getUnresolvedException() != null) {
                offences.add(probe.what() + " -> unhandled " + answer.getUnresolvedException());
                continue;
            }
            int status = answer.getResponse().getStatus();
            String offence = offence(answer, status, count("ledger_entries") != entries);
            if (offence != null) {
                offences.add(probe.what() + " -> " + status + " " + offence);
            }
        }
        assertThat(offences).as("%s: offences among %d hostile requests", name, probes.size()).isEmpty();
    }

    private static String offence(MvcTestResult answer, int status, boolean booked) {
        if (status >= 500) {
            return "server error: " + abbreviate(body(answer));
        }
        if (status >= 400) {
            String type = answer.getResponse().getContentType();
            if (type == null || !type.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
                return "not a problem (" + type + "): " + abbreviate(body(answer));
            }
            if (!JSON.readTree(body(answer)).path("rule").isString()) {
                return "a problem without a rule: " + abbreviate(body(answer));
            }
            if (booked) {
                return "refused, yet booked";
            }
        }
        return null;
    }

    private MvcTestResult send(Probe probe) {
        var request = mvc.method(probe.method()).uri(URI.create(probe.uri())).with(user(everyRole));
        if (probe.contentType() != null) {
            request = request.contentType(probe.contentType()).content(probe.body());
        }
        if (probe.idempotencyKey() != null) {
            request = request.header("Idempotency-Key", probe.idempotencyKey());
        }
        return request.exchange();
    }

    private List<Probe> corpus(HttpMethod method, String template, JsonNode operation, JsonNode pathItem) {
        List<JsonNode> parameters = new ArrayList<>();
        pathItem.path("parameters").forEach(parameters::add);
        operation.path("parameters").forEach(parameters::add);
        Map<String, String> pathValues = new LinkedHashMap<>();
        Map<String, JsonNode> pathSchemas = new LinkedHashMap<>();
        List<JsonNode> query = new ArrayList<>();
        for (JsonNode parameter : parameters) {
            parameter = resolve(parameter);
            String name = parameter.path("name").asString();
            if (parameter.path("in").asString().equals("path")) {
                JsonNode schema = resolve(parameter.path("schema"));
                pathSchemas.put(name, schema);
                pathValues.put(name, known.getOrDefault(name, unknownId(schema)));
            } else if (parameter.path("in").asString().equals("query")) {
                query.add(parameter);
            }
        }
        String uri = expand(template, pathValues);
        boolean post = method == HttpMethod.POST;
        List<Probe> probes = new ArrayList<>();
        for (String name : pathValues.keySet()) {
            Map<String, String> unknown = new LinkedHashMap<>(pathValues);
            unknown.put(name, unknownId(pathSchemas.get(name)));
            Map<String, String> hostile = new LinkedHashMap<>(pathValues);
            hostile.put(name, HOSTILE_PATH);
            String bodyOrNull = operation.has("requestBody") ? "{}" : null;
            probes.add(probe("unknown " + name, method, expand(template, unknown), bodyOrNull, post));
            probes.add(probe("hostile " + name, method, expand(template, hostile), bodyOrNull, post));
        }
        for (JsonNode parameter : query) {
            parameter = resolve(parameter);
            String name = parameter.path("name").asString();
            JsonNode schema = resolve(parameter.path("schema"));
            String wrong = isNumeric(schema) ? "many" : "a\u202Eb";
            probes.add(probe("query " + name + "=" + wrong, method,
                    uri + "?" + UriUtils.encodeQueryParam(name, "UTF-8") + "=" + UriUtils.encodeQueryParam(wrong, "UTF-8"), null, false));
        }
        JsonNode content = operation.path("requestBody").path("content");
        JsonNode schema = content.has(MediaType.APPLICATION_JSON_VALUE)
                ? resolve(content.path(MediaType.APPLICATION_JSON_VALUE).path("schema")) : null;
        if (!operation.has("requestBody")) {
            probes.add(probe("no body", method, uri, null, post));
        } else if (schema == null) {
            probes.add(probe("json where " + content.propertyNames() + " belongs", method, uri, "{}", post));
        } else {
            for (String raw : List.of("{\"a\": ", "", "[]", "42", "\"text\"")) {
                probes.add(probe("body " + abbreviate(raw), method, uri, raw, post));
            }
            Map<String, String> sample = sampleObject(schema, 0);
            probes.add(probe("a plausible body", method, uri, render(sample), post));
            fieldVariants("", schema, sample, 0, (what, body) -> probes.add(probe(what, method, uri, body, post)));
            if (post) {
                String key = UUID.randomUUID().toString();
                probes.add(new Probe("first use of a key", method, uri, MediaType.APPLICATION_JSON_VALUE,
                        render(sample), key));
                Map<String, String> other = new LinkedHashMap<>(sample);
                other.entrySet().stream().filter(e -> e.getValue().startsWith("\"")).findFirst()
                        .ifPresentOrElse(e -> e.setValue(quote("X2")), () -> other.put("replayed", "true"));
                probes.add(new Probe("a replayed key with another body", method, uri,
                        MediaType.APPLICATION_JSON_VALUE, render(other), key));
            }
        }
        return probes;
    }

    private interface Sink {
        void accept(String what, String body);
    }

    /** Each field of an object body, missing, null, of the wrong type, extreme and hostile; one level deep. */
    private void fieldVariants(String prefix, JsonNode schema, Map<String, String> sample, int depth, Sink sink) {
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(node -> required.add(node.asString()));
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            String name = property.getKey();
            JsonNode field = resolve(property.getValue());
            java.util.function.BiConsumer<String, String> with = (what, raw) -> {
                Map<String, String> body = new LinkedHashMap<>(sample);
                if (raw == null) {
                    body.remove(name);
                } else {
                    body.put(name, raw);
                }
                sink.accept(prefix + name + " " + what, render(body));
            };
            if (required.contains(name)) {
                with.accept("missing", null);
            }
            with.accept("null", "null");
            String type = type(field);
            switch (type) {
                case "integer", "number" -> {
                    with.accept("as text", "\"12\"");
                    EXTREME_NUMBERS.forEach(number -> with.accept(number, number));
                }
                case "string" -> {
                    with.accept("as a number", "12");
                    HOSTILE_TEXTS.forEach(text -> with.accept("hostile text " + abbreviate(text), quote(text)));
                }
                case "array" -> {
                    with.accept("as an object", "{}");
                    with.accept("with a null element", "[null]");
                }
                case "boolean" -> with.accept("as text", "\"yes\"");
                default -> {
                    with.accept("as an array", "[]");
                    if (depth == 0 && field.has("properties")) {
                        Map<String, String> nested = sampleObject(field, depth + 1);
                        fieldVariants(prefix + name + ".", field, nested, depth + 1, (what, nestedBody) -> {
                            Map<String, String> body = new LinkedHashMap<>(sample);
                            body.put(name, nestedBody);
                            sink.accept(what, render(body));
                        });
                    }
                }
            }
        }
    }

    private Probe probe(String what, HttpMethod method, String uri, String json, boolean post) {
        return new Probe(what, method, uri, json == null ? null : MediaType.APPLICATION_JSON_VALUE, json,
                post ? UUID.randomUUID().toString() : null);
    }

    /** A body that is plausible by the schema alone: every property with a value of its type. */
    private Map<String, String> sampleObject(JsonNode schema, int depth) {
        Map<String, String> sample = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            sample.put(property.getKey(), sampleValue(resolve(property.getValue()), property.getKey(), depth));
        }
        return sample;
    }

    private String sampleValue(JsonNode schema, String name, int depth) {
        if (schema.has("enum")) {
            return quote(schema.get("enum").get(0).asString());
        }
        return switch (type(schema)) {
            case "integer", "number" -> "1";
            case "boolean" -> "true";
            case "array" -> "[]";
            case "string" -> switch (schema.path("format").asString()) {
                case "date" -> quote("2026-06-01");
                case "date-time" -> quote("2026-06-01T08:00:00Z");
                case "uuid" -> quote(UUID.randomUUID().toString());
                default -> quote(known.getOrDefault(name, "X1"));
            };
            default -> depth < 3 ? render(sampleObject(schema, depth + 1)) : "{}";
        };
    }

    private JsonNode resolve(JsonNode node) {
        if (node.has("$ref")) {
            String[] parts = node.get("$ref").asString().substring(2).split("/");
            JsonNode target = spec;
            for (String part : parts) {
                target = target.path(part);
            }
            return resolve(target);
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            if (node.has(combinator) && !node.get(combinator).isEmpty()) {
                return resolve(node.get(combinator).get(0));
            }
        }
        return node;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!each.asString().equals("null")) {
                    return each.asString();
                }
            }
        }
        return type.isString() ? type.asString() : schema.has("properties") ? "object" : "string";
    }

    private static boolean isNumeric(JsonNode schema) {
        String type = type(schema);
        return type.equals("integer") || type.equals("number");
    }

    private static String unknownId(JsonNode schema) {
        if (isNumeric(schema)) {
            return "987654321";
        }
        return schema.path("format").asString().equals("uuid") ? UUID.randomUUID().toString() : "NO-SUCH-1";
    }

    private static String expand(String template, Map<String, String> values) {
        String uri = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            String encoded = value.getValue().equals(HOSTILE_PATH) ? HOSTILE_PATH
                    : UriUtils.encodePathSegment(value.getValue(), "UTF-8");
            uri = uri.replace("{" + value.getKey() + "}", encoded);
        }
        return uri;
    }

    private static String render(Map<String, String> object) {
        return object.entrySet().stream().map(e -> quote(e.getKey()) + ": " + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String quote(String text) {
        return JSON.writeValueAsString(text);
    }

    private static String abbreviate(String text) {
        String flat = text.replace("\u0000", "\\0").replace("\u202E", "\\u202E").replace('\n', ' ');
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
