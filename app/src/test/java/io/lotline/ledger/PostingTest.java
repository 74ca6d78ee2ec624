package io.lotline.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.ledger.Posting.PlaceIds;
import io.lotline.shared.Quantity;
import io.lotline.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The factories say what happened on the floor and shape the posting accordingly. */
class PostingTest {

    private static final Instant AT = Instant.parse("2026-03-04T05:06:07Z");
    private static final PlaceIds RACK = new PlaceIds(7, 0);
    private static final PlaceIds DOCK = new PlaceIds(8, 3);
    private static final UnitOfMeasure KG = UnitOfMeasure.of("KG");

    @Test
    void a_count_that_found_less_takes_the_difference_from_the_place() {
        Posting count = Posting.count(1, 2, RACK, new BigDecimal("-2.5"), KG, AT);

        assertThat(count.type()).isEqualTo(EntryType.COUNT_ADJUSTMENT);
        assertThat(count.from()).isEqualTo(RACK);
        assertThat(count.to()).isNull();
        assertThat(count.quantity()).isEqualTo(Quantity.of("2.5", "KG"));
        assertThat(count.reasonCode()).isEqualTo("COUNT_DIFFERENCE");
    }

    @Test
    void a_count_that_found_more_puts_the_difference_at_the_place() {
        Posting count = Posting.count(1, 2, RACK, new BigDecimal("4"), KG, AT);

        assertThat(count.from()).isNull();
        assertThat(count.to()).isEqualTo(RACK);
        assertThat(count.baseQuantity()).isEqualTo(Quantity.of("4", "KG"));
    }

    @Test
    void a_count_that_agrees_with_the_books_confirms_them_and_moves_nothing() {
        Posting count = Posting.count(1, 2, RACK, BigDecimal.ZERO, KG, AT);

        assertThat(count.from()).isNull();
        assertThat(count.to()).isNull();
        assertThat(count.quantity().isZero()).isTrue();
        assertThat(count.reasonCode()).isEqualTo("COUNT_CONFIRMED");
    }

    @Test
    void a_status_change_records_the_old_and_new_status_and_moves_nothing() {
        Posting change = Posting.statusChange(1, 2, "QUARANTINE", "RELEASED", AT).withReason("SIGNED")
                .withNote("Approved");

        assertThat(change.type()).isEqualTo(EntryType.STATUS_CHANGE);
        assertThat(change.quantity()).isNull();
        assertThat(change.change()).isEqualTo(new AttributeChange("STATUS", "QUARANTINE", "RELEASED"));
        assertThat(change.reasonCode()).isEqualTo("SIGNED");
        assertThat(change.note()).isEqualTo("Approved");
        assertThat(change.occurredAt()).isEqualTo(AT);
    }

    @Test
    void a_reversal_names_the_entry_it_corrects_and_why() {
        Quantity five = Quantity.of("5", "KG");
        Posting reversal = Posting.reversal(99, 1, 2, five, five, DOCK, RACK, null, References.NONE,
                "Booked on the wrong rack", AT);

        assertThat(reversal.type()).isEqualTo(EntryType.CORRECTION);
        assertThat(reversal.correctsEntryId()).isEqualTo(99L);
        assertThat(reversal.reasonCode()).isEqualTo("REVERSAL");
        assertThat(reversal.note()).isEqualTo("Booked on the wrong rack");
        assertThat(reversal.from()).isEqualTo(DOCK);
        assertThat(reversal.to()).isEqualTo(RACK);
    }

    @Test
    void an_attribute_correction_is_a_correction_with_the_attribute_reason() {
        AttributeChange expiry = new AttributeChange("EXPIRY_DATE", "2026-05-01", "2026-06-01");
        Posting correction = Posting.attributeCorrection(1, 2, expiry, "Label misprinted", AT);

        assertThat(correction.type()).isEqualTo(EntryType.CORRECTION);
        assertThat(correction.reasonCode()).isEqualTo("ATTRIBUTE");
        assertThat(correction.change()).isEqualTo(expiry);
        assertThat(correction.correctsEntryId()).isNull();
    }

    @Test
    void issue_and_output_reference_their_production_order() {
        Quantity one = Quantity.of("1", "KG");

        Posting issue = Posting.issue(1, 2, one, one, RACK, "PO-7", AT);
        Posting output = Posting.output(3, 4, one, one, DOCK, "PO-7", AT);

        assertThat(issue.from()).isEqualTo(RACK);
        assertThat(issue.to()).isNull();
        assertThat(output.from()).isNull();
        assertThat(output.to()).isEqualTo(DOCK);
        assertThat(List.of(issue.references(), output.references()))
                .allSatisfy(references -> assertThat(references.productionOrder()).isEqualTo("PO-7"));
    }

    @Test
    void a_shipment_takes_stock_for_a_customer_and_keeps_what_is_added_to_it() {
        Quantity one = Quantity.of("1", "KG");
        Posting shipment = Posting.shipment(1, 2, one, one, DOCK, 11L, References.NONE, AT).withNote("Pick 5")
                .withSerials(List.of("S1"));

        assertThat(shipment.type()).isEqualTo(EntryType.SHIPMENT);
        assertThat(shipment.partyId()).isEqualTo(11L);
        assertThat(shipment.from()).isEqualTo(DOCK);
        assertThat(shipment.note()).isEqualTo("Pick 5");
        assertThat(shipment.serials()).containsExactly("S1");
    }
}
