package io.lotline.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Unicode fonts every printed document embeds (DejaVu Sans Condensed, regular and bold), so that Polish, Czech,
 * Greek or Turkish names print as written on reports and labels alike.
 */
public record PdfFonts(PDFont regular, PDFont bold) {
    private static final byte[] REGULAR = font("DejaVuSansCondensed.ttf");
    private static final byte[] BOLD = font("DejaVuSansCondensed-Bold.ttf");

    /** Embeds both fonts (subset to what is shown) in the document. */
    public static PdfFonts embedIn(PDDocument document) throws IOException {
        return new PdfFonts(PDType0Font.load(document, new ByteArrayInputStream(REGULAR)),
                PDType0Font.load(document, new ByteArrayInputStream(BOLD)));
    }

    /**
     * The text with every character the font cannot show (emoji) or that must not be shown (control, bidirectional and
     * zero-width characters) replaced by '?'.
     */
    public static String printable(PDFont font, String text) {
        String value = text == null ? "" : text;
        StringBuilder safe = new StringBuilder(value.length());
        value.codePoints().forEach(c -> safe.appendCodePoint(shows(font, c) ? c : '?'));
        return safe.toString();
    }

    private static boolean shows(PDFont font, int codePoint) {
        if (codePoint < 32 && codePoint != '\n' || Character.getType(codePoint) == Character.FORMAT) {
            return false; // a control, bidirectional or zero-width character would hide or reorder what is printed
        }
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException missing) {
            return false;
        }
    }

    private static byte[] font(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("The font " + name + " is missing from the application", e);
        }
    }
}
