package io.lotline.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The audit chain's hash: deterministic, sensitive to every field, blind to storage noise, unambiguous. */
class EntryHashTest {

    private static final Instant OCCURRED = Instant.parse("2026-02-03T10:15:30.123456Z");
    private static final Instant RECORDED = Instant.parse("2026-02-03T10:15:31.654321Z");
    private static final String PREVIOUS = "ab".repeat(32);

    /** Every field of a stored entry, settable one at a time. */
    static final class Fields {
        long seq = 17;
        String commandId = "0b7e2c1e-9d7a-4c43-8f8e-2f8f0c3b9a11";
        String type = "RECEIPT";
        long lotId = 5;
        long itemId = 3;
        BigDecimal quantity = new BigDecimal("1.500000");
        String unit = "CASE";
        BigDecimal baseQuantity = new BigDecimal("18.000000");
        Long fromLocationId = null;
        Long fromContainerId = null;
        Long toLocationId = 11L;
        Long toContainerId = 12L;
        Long partyId = 7L;
        String purchaseOrder = "PO-1001";
        String customerOrder = null;
        String shipment = null;
        String productionOrder = null;
        String deliveryNote = "DN-77";
        String reasonCode = null;
        String note = "first delivery";
        String attribute = null;
        String oldValue = null;
        String newValue = null;
        Long correctsEntryId = null;
        String serials = null;
        String actor = "anna";
        Instant occurredAt = OCCURRED;
        Instant recordedAt = RECORDED;
        String prevHash = PREVIOUS;

        ChainedEntry entry() {
            return new ChainedEntry(seq, commandId, type, lotId, itemId, quantity, unit, baseQuantity, fromLocationId,
                    fromContainerId, toLocationId, toContainerId, partyId, purchaseOrder, customerOrder, shipment,
                    productionOrder, deliveryNote, reasonCode, note, attribute, oldValue, newValue, correctsEntryId,
                    serials, actor, occurredAt, recordedAt, prevHash);
        }
    }

    private static String hashOf(Consumer<Fields> change) {
        Fields fields = new Fields();
        change.accept(fields);
        return EntryHash.of(fields.entry());
    }

    private static final String ORIGINAL = hashOf(f -> { });

    @Test
    void the_hash_is_64_lower_case_hex_characters() {
        assertThat(ORIGINAL).hasSize(64).matches("[0-9a-f]{64}").isNotEqualTo(EntryHash.GENESIS);
    }

    @Test
    void the_same_entry_always_hashes_the_same() {
        assertThat(EntryHash.of(new Fields().entry())).isEqualTo(EntryHash.of(new Fields().entry()))
                .isEqualTo(ORIGINAL);
    }

    @Test
    void the_genesis_hash_is_64_zeros() {
        assertThat(EntryHash.GENESIS).isEqualTo("0000000000000000000000000000000000000000000000000000000000000000");
    }

    static Stream<Arguments> singleChanges() {
        return Stream.of(
                change("seq", f -> f.seq = 18),
                change("command id", f -> f.commandId = "0b7e2c1e-9d7a-4c43-8f8e-2f8f0c3b9a12"),
                change("type", f -> f.type = "SHIPMENT"),
                change("lot", f -> f.lotId = 6),
                change("item", f -> f.itemId = 4),
                change("quantity", f -> f.quantity = new BigDecimal("1.500001")),
                change("unit", f -> f.unit = "EA"),
                change("base quantity", f -> f.baseQuantity = new BigDecimal("18.000001")),
                change("from location appears", f -> f.fromLocationId = 1L),
                change("from container appears", f -> f.fromContainerId = 1L),
                change("to location", f -> f.toLocationId = 13L),
                change("to container disappears", f -> f.toContainerId = null),
                change("party", f -> f.partyId = 8L),
                change("purchase order", f -> f.purchaseOrder = "PO-1002"),
                change("customer order appears", f -> f.customerOrder = "CO-1"),
                change("shipment appears", f -> f.shipment = "SH-1"),
                change("production order appears", f -> f.productionOrder = "MO-1"),
                change("delivery note", f -> f.deliveryNote = "DN-78"),
                change("reason appears", f -> f.reasonCode = "DAMAGED"),
                change("note", f -> f.note = "first delivery!"),
                change("attribute appears", f -> f.attribute = "expiryDate"),
                change("old value appears", f -> f.oldValue = "2026-03-01"),
                change("new value appears", f -> f.newValue = "2026-03-02"),
                change("corrected entry appears", f -> f.correctsEntryId = 16L),
                change("serials appear", f -> f.serials = "SN1"),
                change("actor", f -> f.actor = "anne"),
                change("occurred one microsecond later", f -> f.occurredAt = OCCURRED.plusNanos(1_000)),
                change("recorded one microsecond later", f -> f.recordedAt = RECORDED.plusNanos(1_000)),
                change("previous hash", f -> f.prevHash = "ab".repeat(31) + "ac"),
                change("a null becomes an empty text", f -> f.customerOrder = ""),
                change("a null becomes a dash", f -> f.customerOrder = "-"),
                change("a text becomes null", f -> f.note = null));
    }

    private static Arguments change(String name, Consumer<Fields> change) {
        return Arguments.of(name, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleChanges")
    void changing_any_single_field_changes_the_hash(String name, Consumer<Fields> change) {
        assertThat(hashOf(change)).isNotEqualTo(ORIGINAL);
    }

    @Test
    void a_decimal_hashes_the_same_at_any_scale() {
        assertThat(hashOf(f -> f.quantity = new BigDecimal("1.5"))).isEqualTo(ORIGINAL);
        assertThat(hashOf(f -> f.quantity = new BigDecimal("1.50"))).isEqualTo(ORIGINAL);
        assertThat(hashOf(f -> f.baseQuantity = new BigDecimal("18"))).isEqualTo(ORIGINAL);
        assertThat(hashOf(f -> f.baseQuantity = new BigDecimal("1.8E+1"))).isEqualTo(ORIGINAL);
    }

    @Test
    void times_differing_below_a_microsecond_hash_the_same() {
        assertThat(hashOf(f -> f.occurredAt = OCCURRED.plusNanos(999))).isEqualTo(ORIGINAL);
        assertThat(hashOf(f -> f.recordedAt = RECORDED.plusNanos(1))).isEqualTo(ORIGINAL);
    }

    @Test
    void a_time_is_stored_to_the_microsecond() {
        assertThat(EntryHash.storable(Instant.parse("2026-02-03T10:15:30.123456789Z")))
                .isEqualTo(Instant.parse("2026-02-03T10:15:30.123456Z"));
    }

    @Test
    void text_moved_from_one_field_into_the_next_changes_the_hash() {
        String abThenC = hashOf(f -> {
            f.purchaseOrder = "ab";
            f.customerOrder = "c";
        });
        String aThenBc = hashOf(f -> {
            f.purchaseOrder = "a";
            f.customerOrder = "bc";
        });

        assertThat(abThenC).isNotEqualTo(aThenBc);
    }

    @Test
    void a_field_cannot_pretend_to_contain_the_next_field() {
        String honest = hashOf(f -> {
            f.oldValue = "x";
            f.newValue = "y";
        });
        String forged = hashOf(f -> {
            f.oldValue = "x;new:1:y";
            f.newValue = null;
        });
        String alsoForged = hashOf(f -> {
            f.oldValue = "1:x;new:1:y";
            f.newValue = null;
        });

        assertThat(honest).isNotEqualTo(forged).isNotEqualTo(alsoForged);
    }

    @Test
    void an_empty_text_and_a_missing_one_hash_differently() {
        assertThat(hashOf(f -> f.note = "")).isNotEqualTo(hashOf(f -> f.note = null));
    }

    @Test
    void the_same_value_in_two_different_fields_hashes_differently() {
        String asCustomerOrder = hashOf(f -> f.customerOrder = "X-1");
        String asShipment = hashOf(f -> f.shipment = "X-1");

        assertThat(asCustomerOrder).isNotEqualTo(asShipment);
    }
}
