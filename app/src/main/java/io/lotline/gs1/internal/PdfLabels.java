package io.lotline.gs1.internal;

import io.lotline.gs1.Label;
import io.lotline.pdf.PdfFonts;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A label as a 4 x 6 inch PDF page for office printers: the title and text lines, the GS1-128 symbol with its
 * human-readable interpretation beneath, then the GS1 DataMatrix and the Digital Link QR code side by side.
 */
final class PdfLabels {
    private static final float WIDTH = 288;
    private static final float HEIGHT = 432;
    private static final float MARGIN = 14;

    private PdfLabels() {
    }

    static byte[] render(Label label) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            document.addPage(page);
            PdfFonts fonts = PdfFonts.embedIn(document);
            PDFont bold = fonts.bold();
            PDFont regular = fonts.regular();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = HEIGHT - MARGIN - 14;
                text(content, bold, 13, MARGIN, y, label.title());
                for (String line : label.lines()) {
                    y -= 14;
                    text(content, regular, 10, MARGIN, y, line);
                }
                if (!label.elements().isEmpty()) {
                    y = drawn(document, content, Symbols.gs1128(label), MARGIN, y - 12, WIDTH - 2 * MARGIN, 70);
                    text(content, regular, 8, MARGIN, y - 10, label.humanReadable());
                    float square = (WIDTH - 3 * MARGIN) / 2;
                    drawn(document, content, Symbols.dataMatrix(label), MARGIN, y - 20, square * 0.8f, square * 0.8f);
                    drawn(document, content, Symbols.qrCode(label), 2 * MARGIN + square, y - 20, square, square);
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws the image below {@code top}, scaled to fit the box; answers where its bottom lies. */
    private static float drawn(PDDocument document, PDPageContentStream content, BufferedImage image, float x,
                               float top, float maxWidth, float maxHeight) throws IOException {
        PDImageXObject object = LosslessFactory.createFromImage(document, image);
        float scale = Math.min(maxWidth / image.getWidth(), maxHeight / image.getHeight());
        float height = image.getHeight() * scale;
        content.drawImage(object, x, top - height, image.getWidth() * scale, height);
        return top - height;
    }

    private static void text(PDPageContentStream content, PDFont font, float size, float x, float y,
                             String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(PdfFonts.printable(font, text));
        content.endText();
    }
}
