package io.lotline.epcis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.lotline.catalog.Catalog;
import io.lotline.ledger.AttributeChange;
import io.lotline.ledger.Entry;
import io.lotline.ledger.EntryType;
import io.lotline.ledger.Ledger;
import io.lotline.ledger.Place;
import io.lotline.ledger.References;
import io.lotline.outbound.domain.OutboundEvent;
import io.lotline.shared.Quantity;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every kind of ledger entry is told as an EPCIS event valid against the official schema, at the step its JSON names. */
class EntryEventsTest {
    private static final Instant AT = Instant.parse("2026-03-04T08:00:00Z");
    private final JsonMapper json = JsonMapper.builder().build();
    private final EntryEvents events = new EntryEvents(nothingRegistered(Catalog.class),
            ledgerHolding(entry(7, EntryType.RECEIPT, null, null)), Clock.fixed(AT, ZoneOffset.UTC));

    @ParameterizedTest
    @EnumSource(EntryType.class)
    void each_kind_of_entry_is_a_valid_epcis_document_at_the_step_its_lotline_payload_names(EntryType type)
            throws Exception {
        Entry entry = entry(8, type, type == EntryType.STATUS_CHANGE
                ? new AttributeChange("status", "RELEASED", "ON_HOLD") : null, null);

        JsonNode document = json.readTree(events.document(entry));

        assertThat(schema().validate(document)).isEmpty();
        assertThat(document.path("epcisBody").path("eventList").path(0).path("bizStep").asString())
                .isEqualTo(OutboundEvent.of(entry).bizStep());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ON_HOLD", "QUARANTINE", "RECALLED", "RELEASED", "REJECTED", "EXPIRED"})
    void a_status_change_is_held_or_inspected_with_the_disposition_of_the_new_status(String status) throws Exception {
        Entry entry = entry(9, EntryType.STATUS_CHANGE, new AttributeChange("status", "RELEASED", status), null);

        JsonNode event = json.readTree(events.document(entry)).path("epcisBody").path("eventList").path(0);

        assertThat(event.path("bizStep").asString()).isEqualTo(OutboundEvent.of(entry).bizStep());
        assertThat(event.path("disposition").asString()).isNotEmpty();
    }

    @Test
    void a_reversal_declares_the_corrected_entrys_event_in_error_naming_itself_as_the_correction() throws Exception {
        JsonNode document = json.readTree(events.document(entry(10, EntryType.CORRECTION, null, 7L)));
        JsonNode event = document.path("epcisBody").path("eventList").path(0);

        assertThat(schema().validate(document)).isEmpty();
        assertThat(event.path("eventID").asString()).isEqualTo(TraceDocuments.id("entry", "7"));
        assertThat(event.path("bizStep").asString()).isEqualTo("receiving");
        assertThat(event.path("errorDeclaration").path("correctiveEventIDs").path(0).asString())
                .isEqualTo(TraceDocuments.id("entry", "10"));
    }

    private static Entry entry(long id, EntryType type, AttributeChange change, Long corrects) {
        return new Entry(id, id, "command-" + id, type, "L-" + id, "TUNA", Quantity.of("12.5", "KG"),
                Quantity.of("12.5", "KG"), new Place("RACK-1", null), new Place("RACK-2", null), null,
                new References("PO-1", null, null, "ORDER-1", "DN-1"), null, null, change, corrects, List.of(),
                "operator", AT, AT.plusSeconds(5), "hash");
    }

    /** A catalog that knows no item, location or site: lots are Lotline URNs and events have no business location. */
    @SuppressWarnings("unchecked")
    private static <T> T nothingRegistered(Class<T> type) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> Optional.class.equals(method.getReturnType()) ? Optional.empty() : null);
    }

    private static Ledger ledgerHolding(Entry entry) {
        return (Ledger) Proxy.newProxyInstance(Ledger.class.getClassLoader(), new Class<?>[] {Ledger.class},
                (proxy, method, args) -> "entry".equals(method.getName()) ? entry : null);
    }

    private static Schema schema() throws Exception {
        try (InputStream in = EntryEventsTest.class.getResourceAsStream("/epcis/EPCIS-JSON-Schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
                    .getSchema(in);
        }
    }
}
