package io.lotline.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotline.imports.ImportFile;
import io.lotline.shared.InvalidInput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class SheetsTest {

    private static Table csv(String text) {
        return Sheets.read(new ImportFile("file.csv", text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> cells(String... values) {
        return Arrays.asList(values);
    }

    @Test
    void a_csv_row_keeps_its_line_number_and_blank_lines_are_left_out() {
        Table table = csv("sku,quantity\nFLOUR,10\n\n,\nSALT,2\n");

        assertThat(table.header()).containsExactly("sku", "quantity");
        assertThat(table.rows()).extracting(Table.Row::line).containsExactly(2, 5);
        assertThat(table.rows().get(1).cells()).containsExactly("SALT", "2");
    }

    @Test
    void a_byte_order_mark_quotes_and_semicolons_are_read_as_spreadsheets_write_them() {
        Table table = csv("\uFEFFsku;description;supplierLot\nFLOUR;\"Flour; fine\";\"  MH 26/4000 \"\n");

        assertThat(table.header()).containsExactly("sku", "description", "supplierLot");
        assertThat(table.rows().get(0).cells()).containsExactly("FLOUR", "Flour; fine", "  MH 26/4000 ");
    }

    @Test
    void a_blank_cell_reads_as_empty() {
        assertThat(csv("a,b,c\nx,  ,z\n").rows().get(0).cells()).isEqualTo(cells("x", null, "z"));
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_with_a_hint() {
        byte[] latin1 = "sku\nM\u00dcHLE\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> Sheets.read(new ImportFile("old.csv", latin1)))
                .isInstanceOf(InvalidInput.class).extracting("rule").isEqualTo("utf-8");
    }

    @Test
    void a_file_without_a_header_row_is_refused() {
        assertThatThrownBy(() -> csv("\n\n")).isInstanceOf(InvalidInput.class).extracting("rule")
                .isEqualTo("header-row");
    }

    @Test
    void workbook_dates_become_iso_dates_and_numbers_are_written_out_in_full() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", null);
        Worksheet sheet = workbook.newWorksheet("stock");
        sheet.value(0, 0, "sku");
        sheet.value(0, 1, "quantity");
        sheet.value(0, 2, "expiryDate");
        sheet.value(0, 3, "gtin");
        sheet.value(2, 0, "FLOUR");
        sheet.value(2, 1, new BigDecimal("12.50"));
        sheet.value(2, 2, LocalDate.of(2027, 3, 31));
        sheet.style(2, 2).format("dd/mm/yyyy").set();
        sheet.value(2, 3, 4012345000009L);
        workbook.finish();

        Table table = Sheets.read(new ImportFile("stock.xlsx", out.toByteArray()));

        assertThat(table.header()).containsExactly("sku", "quantity", "expiryDate", "gtin");
        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().get(0).line()).isEqualTo(3);
        assertThat(table.rows().get(0).cells()).containsExactly("FLOUR", "12.5", "2027-03-31", "4012345000009");
    }

    @Test
    void an_old_excel_workbook_is_refused_with_a_hint() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};

        assertThatThrownBy(() -> Sheets.read(new ImportFile("old.xls", ole2))).isInstanceOf(InvalidInput.class)
                .extracting("rule").isEqualTo("csv-or-xlsx");
    }
}
