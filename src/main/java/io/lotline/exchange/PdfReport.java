package io.lotline.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A plain A4 report an auditor can print: a title, headings, lines of text and tables, flowing onto new pages with
 * page numbers. Text outside the Latin-1 range of the standard fonts is shown as '?'.
 */
public final class PdfReport {
    private static final float MARGIN = 40;
    private static final float LEADING = 12;

    private final List<Line> lines = new ArrayList<>();

    private record Line(String text, boolean bold, float size, float gapBefore) {
    }

    public PdfReport title(String text) {
        lines.add(new Line(text, true, 15, 0));
        return this;
    }

    public PdfReport heading(String text) {
        lines.add(new Line(text, true, 11, 10));
        return this;
    }

    public PdfReport text(String text) {
        for (String part : wrap(text == null ? "" : text, 105)) {
            lines.add(new Line(part, false, 9, 0));
        }
        return this;
    }

    /** A table as aligned columns: the header in bold, each row cut to the column widths given in characters. */
    public PdfReport table(List<String> header, List<Integer> widths, List<List<String>> rows) {
        lines.add(new Line(row(header, widths), true, 8, 2));
        rows.forEach(r -> lines.add(new Line(row(r, widths), false, 8, 0)));
        return this;
    }

    public byte[] render() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.COURIER);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD);
            int pageNumber = 0;
            int index = 0;
            while (index < lines.size() || pageNumber == 0) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                pageNumber++;
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = page.getMediaBox().getHeight() - MARGIN;
                    while (index < lines.size() && y > MARGIN + 2 * LEADING) {
                        Line line = lines.get(index++);
                        y -= line.gapBefore() + Math.max(LEADING, line.size() + 3);
                        write(content, line.bold() ? bold : regular, line.size(), MARGIN, y, line.text());
                    }
                    write(content, regular, 7, MARGIN, MARGIN / 2, "Lotline - page " + pageNumber);
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(PDPageContentStream content, PDType1Font font, float size, float x, float y,
                              String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(latin1(text));
        content.endText();
    }

    private static String latin1(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            safe.append(c >= 32 && c <= 126 || c >= 160 && c <= 255 ? c : '?');
        }
        return safe.toString();
    }

    private static String row(List<String> cells, List<Integer> widths) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i) == null ? "" : cells.get(i);
            int width = widths.get(i);
            cell = cell.length() > width ? cell.substring(0, Math.max(0, width - 1)) + "~" : cell;
            row.append(String.format("%-" + width + "s ", cell));
        }
        return row.toString();
    }

    private static List<String> wrap(String text, int width) {
        List<String> parts = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            String rest = paragraph;
            while (rest.length() > width) {
                int cut = rest.lastIndexOf(' ', width);
                cut = cut <= 0 ? width : cut;
                parts.add(rest.substring(0, cut));
                rest = rest.substring(cut).stripLeading();
            }
            parts.add(rest);
        }
        return parts;
    }
}
