package io.lotline.exchange.internal;

import io.lotline.exchange.OneUpOneDown;
import io.lotline.exchange.TraceabilityEvent;
import io.lotline.exchange.TraceabilityEvent.Party;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The electronic sortable spreadsheet: one row per event and traceability lot, every cell atomic (no merged cells,
 * ISO dates, quantities as numbers), a filter on the header row. Written as a streaming workbook, so a recall of a
 * hundred thousand rows does not hold the sheet in memory.
 */
final class Fsma204Sheet {
    static final List<String> HEADER = List.of("Event ID", "CTE", "Role", "Event Date", "Traceability Lot Code",
            "TLC Source Name", "TLC Source Address", "TLC Source Phone", "TLC Source Reference Type",
            "TLC Source Reference", "Product GTIN", "Product Description", "Quantity", "Unit of Measure",
            "Immediate Previous Source / Ship-From Name", "Ship-From Address", "Ship-From GLN",
            "Recipient / Ship-To Name", "Ship-To Address", "Ship-To GLN", "Event Location Name",
            "Event Location Address", "Event Location GLN", "Reference Document Type", "Reference Document Number",
            "Internal Lot Number", "SKU");

    private Fsma204Sheet() {
    }

    static byte[] xlsx(List<TraceabilityEvent> events) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SXSSFSheet sheet = workbook.createSheet("FSMA 204");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (TraceabilityEvent event : events) {
                Row row = sheet.createRow(r++);
                List<Object> cells = cells(event);
                for (int i = 0; i < cells.size(); i++) {
                    Object value = cells.get(i);
                    if (value instanceof java.math.BigDecimal number) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(i).setCellValue(value == null ? "" : value.toString());
                    }
                }
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADER.size() - 1));
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String csv(List<TraceabilityEvent> events) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(HEADER.toArray(String[]::new)).get())) {
            for (TraceabilityEvent event : events) {
                csv.printRecord(cells(event).stream().map(v -> v instanceof java.math.BigDecimal n
                        ? n.toPlainString() : v).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String oneUpOneDownCsv(OneUpOneDown report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("direction", "description",
                "quantity", "unit", "dispatched_from", "dispatched_from_address", "dispatched_to",
                "dispatched_to_address", "lot_reference", "internal_lot", "date", "document").get())) {
            for (String side : List.of("supplied_from", "supplied_to")) {
                for (OneUpOneDown.Consignment c : "supplied_from".equals(side) ? report.suppliedFrom()
                        : report.suppliedTo()) {
                    csv.printRecord(side, c.description(), c.quantity().toPlainString(), c.unit(),
                            c.dispatchedFromName(), c.dispatchedFromAddress(), c.dispatchedToName(),
                            c.dispatchedToAddress(), c.lotReference(), c.internalLot(), c.date(), c.document());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<Object> cells(TraceabilityEvent e) {
        List<Object> cells = new ArrayList<>(List.of(e.eventId(), e.cte(), e.role(), e.eventDate().toString(),
                e.tlc()));
        Party source = e.tlcSource();
        cells.add(source == null ? null : source.name());
        cells.add(source == null ? null : source.address());
        cells.add(source == null ? null : source.phone());
        cells.add(source == null || source.gln() == null ? null : "GLN");
        cells.add(source == null ? null : source.gln());
        cells.add(e.productGtin());
        cells.add(e.productDescription());
        cells.add(e.quantity());
        cells.add(e.unit());
        for (Party party : new Party[] {e.previousSource(), e.recipient(), e.eventLocation()}) {
            cells.add(party == null ? null : party.name());
            cells.add(party == null ? null : party.address());
            cells.add(party == null ? null : party.gln());
        }
        cells.add(e.referenceDocumentType());
        cells.add(e.referenceDocumentNumber());
        cells.add(e.internalLot());
        cells.add(e.sku());
        return cells;
    }
}
