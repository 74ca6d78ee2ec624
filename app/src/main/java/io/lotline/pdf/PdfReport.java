package io.lotline.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A plain A4 report an auditor can print: a title (also the document's title), headings, paragraphs and tables whose
 * cells wrap within their column, flowing onto new pages with page numbers. Typeset in DejaVu Sans Condensed, embedded
 * (subset), so any Latin, Greek or Cyrillic name prints as written; a character the font lacks prints as '?'.
 */
public final class PdfReport {
    private static final float MARGIN = 40;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final List<Block> blocks = new ArrayList<>();
    private String title = "Lotline report";

    /** Something laid out in the page's width: paragraph lines, a table header or a table row. */
    private record Block(List<List<String>> cells, List<Float> columns, boolean bold, float size, float gapBefore) {
        float height() {
            return gapBefore + cells.stream().mapToInt(List::size).max().orElse(1) * size * 1.3f;
        }
    }

    public PdfReport title(String text) {
        title = text;
        return paragraph(text, true, 14, 0);
    }

    public PdfReport heading(String text) {
        return paragraph(text, true, 11, 10);
    }

    public PdfReport text(String text) {
        return paragraph(text == null ? "" : text, false, 9, 2);
    }

    /** A table: the header in bold, each column as wide as its share of {@code widths}, long cells wrapped. */
    public PdfReport table(List<String> header, List<Integer> widths, List<List<String>> rows) {
        int total = widths.stream().mapToInt(Integer::intValue).sum();
        List<Float> columns = widths.stream().map(w -> WIDTH * w / total).toList();
        blocks.add(new Block(List.of(header), columns, true, 8, 4));
        rows.forEach(row -> blocks.add(new Block(List.of(row), columns, false, 8, 1)));
        return this;
    }

    public byte[] render() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfFonts fonts = PdfFonts.embedIn(document);
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setCreator("Lotline");
            List<List<Block>> pages = paginate(wrapped(fonts));
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = page.getMediaBox().getHeight() - MARGIN;
                    for (Block block : pages.get(i)) {
                        draw(content, fonts, block, y - block.gapBefore());
                        y -= block.height();
                    }
                    write(content, fonts.regular(), 7, MARGIN, MARGIN / 2,
                            title + " \u2013 page " + (i + 1) + " of " + pages.size());
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PdfReport paragraph(String text, boolean bold, float size, float gapBefore) {
        blocks.add(new Block(List.of(List.of(text)), List.of(WIDTH), bold, size, gapBefore));
        return this;
    }

    /** Each cell broken into the lines that fit its column. */
    private List<Block> wrapped(PdfFonts fonts) throws IOException {
        List<Block> laidOut = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            PDFont font = block.bold() ? fonts.bold() : fonts.regular();
            List<List<String>> cells = new ArrayList<>();
            List<String> texts = block.cells().get(0);
            for (int i = 0; i < texts.size(); i++) {
                cells.add(lines(font, block.size(), PdfFonts.printable(font, texts.get(i)), block.columns().get(i) - 4));
            }
            laidOut.add(new Block(cells, block.columns(), block.bold(), block.size(), block.gapBefore()));
        }
        return laidOut;
    }

    private static List<List<Block>> paginate(List<Block> blocks) {
        float room = PDRectangle.A4.getHeight() - 2 * MARGIN - 10;
        List<List<Block>> pages = new ArrayList<>(List.of(new ArrayList<>()));
        float used = 0;
        for (Block block : blocks) {
            if (used + block.height() > room && !pages.get(pages.size() - 1).isEmpty()) {
                pages.add(new ArrayList<>());
                used = 0;
            }
            pages.get(pages.size() - 1).add(block);
            used += block.height();
        }
        return pages;
    }

    private static void draw(PDPageContentStream content, PdfFonts fonts, Block block, float top) throws IOException {
        float x = MARGIN;
        float leading = block.size() * 1.3f;
        for (int column = 0; column < block.cells().size(); column++) {
            float y = top - block.size();
            for (String line : block.cells().get(column)) {
                write(content, block.bold() ? fonts.bold() : fonts.regular(), block.size(), x, y, line);
                y -= leading;
            }
            x += block.columns().get(column);
        }
    }

    private static void write(PDPageContentStream content, PDFont font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(PdfFonts.printable(font, text));
        content.endText();
    }

    /** Lines of at most {@code width} points, broken at spaces where possible, else within a word. */
    private static List<String> lines(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            String rest = paragraph;
            while (width(font, size, rest) > width) {
                int cut = fitting(font, size, rest, width);
                int space = rest.lastIndexOf(' ', cut);
                cut = space > 0 ? space : Math.max(1, cut);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut).stripLeading();
            }
            lines.add(rest);
        }
        return lines;
    }

    private static int fitting(PDFont font, float size, String text, float width) throws IOException {
        int end = 0;
        while (end < text.length() && width(font, size, text.substring(0, end + 1)) <= width) {
            end++;
        }
        return end;
    }

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

}
