package io.lotline.exchange.internal;

import io.lotline.exchange.OneUpOneDown;
import io.lotline.exchange.TraceabilityEvent;
import io.lotline.exchange.TraceabilityEvent.Party;
import io.lotline.shared.CsvInjection;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The electronic sortable spreadsheet: one row per event and traceability lot, every cell atomic (no merged cells,
 * dates as date cells shown yyyy-mm-dd, quantities as numbers, nothing where a value is missing), a filter on the
 * header row. The CSV forms start with a UTF-8 byte-order mark. Text a spreadsheet would run as a formula is
 * neutralised ({@link CsvInjection}). Both forms are written to the output as the rows come: the workbook holds a
 * window of a thousand rows and writes its texts inline rather than into a table of shared strings, so a recall of a
 * hundred thousand rows does not hold the sheet in memory (ADR 59).
 */
final class Fsma204Sheet {
    static final List<String> HEADER = List.of("Event ID", "CTE", "Role", "Event Date", "Traceability Lot Code",
            "TLC Assigned By", "TLC Source Name", "TLC Source Address", "TLC Source Phone",
            "TLC Source Reference Type", "TLC Source Reference", "Product GTIN", "Product Description", "Quantity",
            "Unit of Measure", "Immediate Previous Source / Ship-From Name", "Ship-From Address", "Ship-From Phone",
            "Ship-From GLN", "Recipient / Ship-To Name", "Ship-To Address", "Ship-To Phone", "Ship-To GLN",
            "Event Location Name", "Event Location Address", "Event Location Phone", "Event Location GLN",
            "Reference Document Type", "Reference Document Number",
            "Internal Lot Number", "SKU", "Harvest Location", "Harvest Date", "Harvest End Date", "Cooling Location",
            "Cooling Date", "Landing Date", "Vessel Name", "Vessel ID", "Catch Area");
    static final String ATTRIBUTE_COLUMN = "Lot Attribute: ";
    private static final int ROWS_IN_MEMORY = 1000;
    private static final String DATE_FORMAT = "yyyy-mm-dd";
    /** Byte-order mark: without it, spreadsheet programs read UTF-8 as their local code page ("MÃ¼hle"). */
    static final String BOM = "\uFEFF";

    private Fsma204Sheet() {
    }

    /**
     * The fixed columns, then one column per lot attribute that any exported lot carries (by name, in name order):
     * each attribute a sortable column of its own.
     */
    static List<String> header(List<String> attributes) {
        List<String> header = new ArrayList<>(HEADER);
        attributes.forEach(name -> header.add(ATTRIBUTE_COLUMN + name));
        return header;
    }

    /** Writes the workbook of the rows to {@code out} as they come; returns the number of rows. */
    static long xlsx(List<String> attributes, Iterator<TraceabilityEvent> rows, OutputStream out) throws IOException {
        List<String> header = header(attributes);
        Workbook workbook = new Workbook(out, "Lotline", null);
        Worksheet sheet = workbook.newWorksheet("FSMA 204");
        for (int i = 0; i < header.size(); i++) {
            sheet.inlineString(0, i, header.get(i));
        }
        sheet.range(0, 0, 0, header.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        int r = 1;
        while (rows.hasNext()) {
            List<Object> cells = CsvInjection.row(cells(rows.next(), attributes));
            for (int i = 0; i < cells.size(); i++) {
                Object value = cells.get(i);
                if (value instanceof BigDecimal number) {
                    sheet.value(r, i, number.doubleValue());
                } else if (value instanceof LocalDate date) {
                    sheet.value(r, i, date);
                    sheet.style(r, i).format(DATE_FORMAT).set();
                } else if (value != null) {
                    sheet.inlineString(r, i, value.toString());
                }
            }
            if (r++ % ROWS_IN_MEMORY == 0) {
                sheet.flush();
            }
        }
        sheet.setAutoFilter(0, 0, Math.max(0, r - 1), header.size() - 1);
        workbook.finish();
        return r - 1L;
    }

    /** Writes the CSV of the rows to {@code out} as they come; returns the number of rows. */
    static long csv(List<String> attributes, Iterator<TraceabilityEvent> rows, OutputStream out) throws IOException {
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        text.write(BOM);
        long written = 0;
        CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180.builder()
                .setHeader(header(attributes).toArray(String[]::new)).get());
        while (rows.hasNext()) {
            csv.printRecord(CsvInjection.row(cells(rows.next(), attributes).stream().map(v -> v instanceof BigDecimal n
                    ? n.toPlainString() : v).toList()));
            written++;
        }
        csv.flush();
        return written;
    }

    static String oneUpOneDownCsv(OneUpOneDown report) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("direction", "description",
                "quantity", "unit", "dispatched_from", "dispatched_from_address", "dispatched_to",
                "dispatched_to_address", "lot_reference", "internal_lot", "date", "dispatched_on", "consignor",
                "consignor_address", "consignee", "consignee_address", "document").get())) {
            Map<String, List<OneUpOneDown.Consignment>> sides = new LinkedHashMap<>();
            sides.put("supplied_from", report.suppliedFrom());
            sides.put("supplied_to", report.suppliedTo());
            sides.put("returned_from", report.returnedFrom());
            for (Map.Entry<String, List<OneUpOneDown.Consignment>> side : sides.entrySet()) {
                for (OneUpOneDown.Consignment c : side.getValue()) {
                    csv.printRecord(CsvInjection.row(side.getKey(), c.description(), c.quantity().toPlainString(),
                            c.unit(), c.dispatchedFromName(), c.dispatchedFromAddress(), c.dispatchedToName(),
                            c.dispatchedToAddress(), c.lotReference(), c.internalLot(), c.date(), c.dispatchedOn(),
                            c.consignorName(), c.consignorAddress(), c.consigneeName(), c.consigneeAddress(),
                            c.document()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<Object> cells(TraceabilityEvent e, List<String> attributes) {
        List<Object> cells = new ArrayList<>(java.util.Arrays.asList(e.eventId(), e.cte(), e.role(), e.eventDate(),
                e.tlc(), e.tlcAssignedBy()));
        Party source = e.tlcSource();
        cells.add(source == null ? null : source.name());
        cells.add(source == null ? null : source.address());
        cells.add(source == null ? null : source.phone());
        cells.add(e.tlcSourceReferenceType());
        cells.add(e.tlcSourceReference());
        cells.add(e.productGtin());
        cells.add(e.productDescription());
        cells.add(e.quantity());
        cells.add(e.unit());
        for (Party party : new Party[] {e.previousSource(), e.recipient(), e.eventLocation()}) {
            cells.add(party == null ? null : party.name());
            cells.add(party == null ? null : party.address());
            cells.add(party == null ? null : party.phone());
            cells.add(party == null ? null : party.gln());
        }
        cells.add(e.referenceDocumentType());
        cells.add(e.referenceDocumentNumber());
        cells.add(e.internalLot());
        cells.add(e.sku());
        TraceabilityEvent.Origin origin = e.origin();
        cells.add(origin == null ? null : origin.harvestLocation());
        cells.add(origin == null ? null : origin.harvestDate());
        cells.add(origin == null ? null : origin.harvestEndDate());
        cells.add(origin == null ? null : origin.coolingLocation());
        cells.add(origin == null ? null : origin.coolingDate());
        cells.add(origin == null ? null : origin.landingDate());
        cells.add(origin == null ? null : origin.vesselName());
        cells.add(origin == null ? null : origin.vesselId());
        cells.add(origin == null ? null : origin.catchArea());
        attributes.forEach(name -> cells.add(e.lotAttributes().get(name)));
        return cells;
    }
}
