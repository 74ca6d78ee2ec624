package io.lotline.exchange.internal;

import java.util.List;

/**
 * Writes a spreadsheet of many generated rows to an output that keeps nothing and prints how many rows it wrote: run
 * in a JVM of small heap by {@link Fsma204SheetTest}. Argument: the number of rows.
 */
public final class LargeSheet {
    private LargeSheet() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        GeneratedRows.Counted out = new GeneratedRows.Counted();
        long written = Fsma204Sheet.xlsx(List.of("Origin"), new GeneratedRows(rows, () -> { }), out);
        System.out.println("wrote " + written + " rows, " + out.bytes() + " bytes, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
    }
}
