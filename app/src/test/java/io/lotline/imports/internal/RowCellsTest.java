package io.lotline.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.catalog.PickingStrategy;
import io.lotline.imports.RowProblem;
import io.lotline.shared.Quantity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowCellsTest {
    private static final List<Column> COLUMNS = List.of(Column.required("sku", "X"), Column.optional("quantity", 1),
            Column.optional("expiryDate", null), Column.optional("days", 1), Column.optional("pickable", true),
            Column.optional("strategy", "FEFO"), Column.optional("supplierLot", null));
    private final List<RowProblem> problems = new ArrayList<>();

    private RowCells row(String... cells) {
        Header header = Header.check(COLUMNS.stream().map(Column::name).toList(), COLUMNS, problems);
        return new RowCells(header, new Table.Row(7, Arrays.asList(cells)), problems,
                field -> COLUMNS.stream().anyMatch(c -> c.name().equals(field)) ? field : null);
    }

    @Test
    void well_formed_cells_read_as_their_values() {
        RowCells row = row(" FLOUR ", "12.5", "2027-03-31", "30", "no", "fifo", " l0t 7 ");

        assertThat(row.required("sku")).isEqualTo("FLOUR");
        assertThat(row.decimal("quantity")).isEqualByComparingTo("12.5");
        assertThat(row.date("expiryDate")).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(row.whole("days")).isEqualTo(30);
        assertThat(row.yesNo("pickable", true)).isFalse();
        assertThat(row.oneOf("strategy", PickingStrategy.class)).isEqualTo(PickingStrategy.FIFO);
        assertThat(row.verbatim("supplierLot")).isEqualTo(" l0t 7 ");
        assertThat(row.clean()).isTrue();
        assertThat(problems).isEmpty();
    }

    @Test
    void a_date_in_another_format_is_named_with_its_line_column_and_value() {
        RowCells row = row("FLOUR", null, "31.03.2027");

        assertThat(row.date("expiryDate")).isNull();
        assertThat(row.clean()).isFalse();
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(7);
            assertThat(problem.field()).isEqualTo("expiryDate");
            assertThat(problem.value()).isEqualTo("31.03.2027");
            assertThat(problem.rule()).isEqualTo("date-format");
        });
    }

    @Test
    void every_unreadable_cell_of_a_row_is_reported_in_one_pass() {
        RowCells row = row(null, "twelve", null, "2.5", "perhaps", "RANDOM");

        row.required("sku");
        row.decimal("quantity");
        row.whole("days");
        row.yesNo("pickable", true);
        row.oneOf("strategy", PickingStrategy.class);

        assertThat(problems).extracting(RowProblem::field, RowProblem::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("sku", "required"),
                org.assertj.core.groups.Tuple.tuple("quantity", "number-format"),
                org.assertj.core.groups.Tuple.tuple("days", "whole-number"),
                org.assertj.core.groups.Tuple.tuple("pickable", "yes-or-no"),
                org.assertj.core.groups.Tuple.tuple("strategy", "one-of"));
    }

    @Test
    void a_value_refused_by_its_own_rule_names_the_column_and_the_rule() {
        RowCells row = row("FLOUR", "-5");

        Quantity quantity = row.checked("quantity", () -> Quantity.of(row.decimal("quantity"),
                io.lotline.shared.UnitOfMeasure.of("KG")));

        assertThat(quantity).isNull();
        assertThat(problems).singleElement().extracting(RowProblem::field, RowProblem::value, RowProblem::rule)
                .containsExactly("quantity", "-5", "quantity-not-negative");
    }

    @Test
    void a_header_with_an_unknown_column_a_double_one_and_a_missing_required_one_is_refused_on_line_one() {
        Header.check(Arrays.asList("Quantity", "qty", "quantity", null), COLUMNS, problems);

        assertThat(problems).extracting(RowProblem::line, RowProblem::field, RowProblem::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "qty", "known-column"),
                org.assertj.core.groups.Tuple.tuple(1, "quantity", "column-once"),
                org.assertj.core.groups.Tuple.tuple(1, "sku", "required-column"));
    }

    @Test
    void columns_named_by_a_prefix_are_taken_in_any_number_each_once_and_with_a_name() {
        List<Column> one = List.of(Column.required("sku", "X"));
        Header header = Header.check(Arrays.asList("sku", "Attribute.origin", "attribute.catchArea",
                "attribute.origin", "attribute."), one, "attribute.", problems);
        RowCells row = new RowCells(header, new Table.Row(2, List.of("HAKE", "PE", "FAO 87")), problems,
                field -> null);

        assertThat(header.prefixed()).containsExactly("attribute.origin", "attribute.catchArea");
        assertThat(row.text("attribute.catchArea")).isEqualTo("FAO 87");
        assertThat(problems).extracting(RowProblem::line, RowProblem::field, RowProblem::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "attribute.origin", "column-once"),
                org.assertj.core.groups.Tuple.tuple(1, "attribute.", "named-column"));
    }

    @Test
    void an_absent_optional_column_reads_as_empty() {
        List<Column> two = List.of(Column.required("sku", "X"), Column.optional("quantity", 1));
        Header header = Header.check(List.of("sku"), two, problems);
        RowCells row = new RowCells(header, new Table.Row(2, List.of("FLOUR")), problems, field -> null);

        assertThat(row.decimal("quantity")).isNull();
        assertThat(problems).isEmpty();
    }
}
