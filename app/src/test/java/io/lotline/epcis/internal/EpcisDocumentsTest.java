package io.lotline.epcis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotline.epcis.DocumentFormat;
import io.lotline.epcis.InvalidEpcisDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The official vectors, read without the application: valid ones give events, invalid ones a reasoned refusal; and
 * documents read as a stream, each event handed on as it is read.
 */
class EpcisDocumentsTest {
    private static final EpcisDocuments documents = new EpcisDocuments();

    static Stream<Path> valid() throws IOException {
        return vectors("valid");
    }

    static Stream<Path> invalid() throws IOException {
        return vectors("invalid");
    }

    @ParameterizedTest
    @MethodSource("valid")
    void every_valid_vector_is_read_into_events(Path vector) throws IOException {
        assertThat(documents.read(Files.readAllBytes(vector), format(vector))).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void every_invalid_vector_is_refused_with_what_is_wrong(Path vector) throws IOException {
        assertThatThrownBy(() -> documents.read(Files.readAllBytes(vector), format(vector)))
                .isInstanceOf(InvalidEpcisDocument.class)
                .satisfies(e -> assertThat(((InvalidEpcisDocument) e).errors()).isNotEmpty());
    }

    /**
     * Both hashes are keys of stored events (a resend is known by them), so the way they are computed may get faster
     * but never give another value: these are the values every valid vector's events were first stored under.
     */
    @Test
    void every_event_of_the_valid_vectors_hashes_as_it_was_stored() throws IOException {
        List<String> hashes = new ArrayList<>();
        for (Path vector : valid().toList()) {
            documents.read(Files.readAllBytes(vector), format(vector)).forEach(event -> hashes.add(
                    vector.getFileName() + " " + event.index() + " " + event.contentHash() + " " + event.eventHash()));
        }

        assertThat(hashes).containsExactlyElementsOf(
                Files.readAllLines(Path.of("app/src/test/resources/epcis/hashes-of-the-valid-vectors.txt")));
    }

    @Test
    void events_are_handed_on_as_they_are_read_before_the_document_ends() {
        List<CapturedEvent> handedOn = new ArrayList<>();
        String cut = json(event(1, "receiving") + "," + event(2, "shipping") + ", {\"type\": \"ObjectEvent\", ");

        assertThatThrownBy(() -> read(cut, DocumentFormat.JSON, handedOn))
                .isInstanceOf(InvalidEpcisDocument.class).hasMessageContaining("not well-formed JSON");
        assertThat(handedOn).extracting(CapturedEvent::eventId).containsExactly("urn:uuid:" + ID + "1",
                "urn:uuid:" + ID + "2");
    }

    @Test
    void xml_events_are_handed_on_as_they_are_read_before_the_document_ends() {
        List<CapturedEvent> handedOn = new ArrayList<>();
        String cut = """
                <epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2" schemaVersion="2.0"
                    creationDate="2025-03-04T12:00:00Z">
                  <EPCISBody><EventList>%s%s<ObjectEvent><eventTime>""".formatted(xmlEvent(1), xmlEvent(2));

        assertThatThrownBy(() -> read(cut, DocumentFormat.XML, handedOn)).isInstanceOf(InvalidEpcisDocument.class);
        assertThat(handedOn).extracting(CapturedEvent::eventId).containsExactly("urn:uuid:" + ID + "1",
                "urn:uuid:" + ID + "2");
        assertThat(handedOn.get(1).original()).contains("{urn:example:ext}note", "two words");
    }

    @Test
    void an_event_against_the_schema_is_named_by_its_index_id_and_place_in_the_document() {
        List<CapturedEvent> handedOn = new ArrayList<>();
        String document = json(event(1, "receiving") + "," + event(2, "not a business step"));

        assertThatThrownBy(() -> read(document, DocumentFormat.JSON, handedOn))
                .isInstanceOfSatisfying(InvalidEpcisDocument.class, refused -> {
                    assertThat(refused.rule()).isEqualTo("epcis-json-schema");
                    assertThat(refused.errors()).allSatisfy(error -> {
                        assertThat(error.index()).isEqualTo(1);
                        assertThat(error.eventID()).isEqualTo("urn:uuid:" + ID + "2");
                    });
                    assertThat(refused.errors().get(0).path()).contains("epcisBody", "eventList", "1", "bizStep");
                });
        assertThat(handedOn).hasSize(1);
    }

    @Test
    void events_read_before_a_late_context_carry_it_all_the_same() {
        List<CapturedEvent> handedOn = new ArrayList<>();
        String late = """
                {"type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2025-03-04T12:00:00Z",
                 "epcisBody": {"eventList": [%s]},
                 "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                              {"example": "https://ns.example.com/epcis/"}]}""".formatted(event(1, "receiving"));

        read(late, DocumentFormat.JSON, handedOn);

        assertThat(handedOn).singleElement().satisfies(event ->
                assertThat(event.json()).contains("\"@context\"", "https://ns.example.com/epcis/"));
    }

    @Test
    void an_event_larger_than_the_event_limit_is_refused_as_too_large() {
        String huge = "{\"type\": \"ObjectEvent\", \"example:note\": \""
                + "x".repeat(EventSizeLimit.MAX_EVENT_BYTES + 64 * 1024) + "\"}";

        assertThatThrownBy(() -> read(json(huge), DocumentFormat.JSON, new ArrayList<>()))
                .isInstanceOfSatisfying(InvalidEpcisDocument.class, refused -> {
                    assertThat(refused.rule()).isEqualTo("event-size");
                    assertThat(refused.errors().get(0).index()).isZero();
                });
    }

    private static final String ID = "7a6f3c9e-1b2d-4c5e-8f90-a1b2c3d4e5f";

    private static void read(String document, DocumentFormat format, List<CapturedEvent> handedOn) {
        documents.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), format, handedOn::add);
    }

    private static String json(String events) {
        return """
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
                 "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2025-03-04T12:00:00Z",
                 "epcisBody": {"eventList": [%s]}}""".formatted(events);
    }

    private static String event(int n, String bizStep) {
        return """
                {"type": "ObjectEvent", "eventID": "urn:uuid:%s%d", "eventTime": "2025-03-04T09:00:00Z",
                 "eventTimeZoneOffset": "+00:00", "action": "OBSERVE", "bizStep": "%s",
                 "readPoint": {"id": "urn:epc:id:sgln:9521234.00001.0"}, "epcList": []}""".formatted(ID, n, bizStep);
    }

    private static String xmlEvent(int n) {
        return """
                <ObjectEvent><eventTime>2025-03-04T09:00:00Z</eventTime>
                  <eventTimeZoneOffset>+00:00</eventTimeZoneOffset><eventID>urn:uuid:%s%d</eventID>
                  <epcList/><action>OBSERVE</action><bizStep>urn:epcglobal:cbv:bizstep:storing</bizStep>
                  <ext:note xmlns:ext="urn:example:ext">two words</ext:note>
                </ObjectEvent>""".formatted(ID, n);
    }

    static DocumentFormat format(Path vector) {
        return vector.toString().endsWith(".xml") ? DocumentFormat.XML : DocumentFormat.JSON;
    }

    static Stream<Path> vectors(String folder) throws IOException {
        return Files.list(Path.of("app/src/test/resources/epcis", folder)).sorted();
    }
}
