package io.lotline.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spreadsheet is written to its output as the rows come, not assembled first: most of it has been sent before
 * the last row is read, and a sheet of 200,000 rows, each with texts of its own, is written in a JVM of 32 MB of
 * heap (started apart, with that heap), which could not hold the rows, their cells or a table of their texts.
 */
class Fsma204SheetTest {
    private static final int ROWS = 20_000;

    @Test
    void most_of_the_workbook_reaches_the_output_before_its_last_row_is_read() throws Exception {
        GeneratedRows.Counted out = new GeneratedRows.Counted();
        long[] sentBeforeLastRow = new long[1];

        long written = Fsma204Sheet.xlsx(List.of("Origin"),
                new GeneratedRows(ROWS, () -> sentBeforeLastRow[0] = out.bytes()), out);

        assertThat(written).isEqualTo(ROWS);
        assertThat(sentBeforeLastRow[0]).as("bytes sent before the last row was read, of %d", out.bytes())
                .isGreaterThan(out.bytes() / 2);
    }

    @Test
    void a_sheet_of_200_000_rows_is_written_in_32_mb_of_heap(@TempDir Path work) throws Exception {
        Path output = work.resolve("output.txt");

        Process writer = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx32m",
                "-cp", System.getProperty("java.class.path"), LargeSheet.class.getName(), "200000"))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        int exit = writer.waitFor();

        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(exit).as(tail(printed)).isZero();
        assertThat(printed).contains("wrote 200000 rows").contains("max heap");
    }

    /** The end of what the writer printed, to say why it failed. */
    private static String tail(String printed) {
        return printed.substring(Math.max(0, printed.length() - 4000)).replace(File.separatorChar, '/');
    }
}
