package io.lotline.gs1.internal;

import io.lotline.gs1.Element;
import io.lotline.gs1.Label;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import uk.org.okapibarcode.backend.Code128;
import uk.org.okapibarcode.backend.DataMatrix;
import uk.org.okapibarcode.backend.HumanReadableLocation;
import uk.org.okapibarcode.backend.QrCode;
import uk.org.okapibarcode.backend.Symbol;
import uk.org.okapibarcode.graphics.Color;
import uk.org.okapibarcode.output.Java2DRenderer;

/**
 * The three symbols of a label, drawn by Okapi Barcode: GS1-128 and GS1 DataMatrix carrying the element string (FNC1
 * first, a separator after each variable-length field not at the end), and a QR code carrying the Digital Link.
 * The human-readable text is printed by the label, not inside the image.
 */
final class Symbols {
    private static final int SCALE = 4;

    private Symbols() {
    }

    static BufferedImage gs1128(Label label) {
        Code128 symbol = new Code128();
        symbol.setDataType(Symbol.DataType.GS1);
        symbol.setBarHeight(40);
        symbol.setQuietZoneHorizontal(10);
        return draw(symbol, okapi(label));
    }

    static BufferedImage dataMatrix(Label label) {
        DataMatrix symbol = new DataMatrix();
        symbol.setDataType(Symbol.DataType.GS1);
        symbol.setQuietZoneHorizontal(2);
        symbol.setQuietZoneVertical(2);
        return draw(symbol, okapi(label));
    }

    static BufferedImage qrCode(Label label) {
        QrCode symbol = new QrCode();
        symbol.setQuietZoneHorizontal(4);
        symbol.setQuietZoneVertical(4);
        return draw(symbol, label.digitalLink());
    }

    /** Okapi writes AIs in square brackets; GS1 data (CSET 82) never contains one. */
    private static String okapi(Label label) {
        StringBuilder content = new StringBuilder();
        for (Element element : label.elements()) {
            content.append('[').append(element.ai()).append(']').append(element.value());
        }
        return content.toString();
    }

    private static BufferedImage draw(Symbol symbol, String content) {
        symbol.setHumanReadableLocation(HumanReadableLocation.NONE);
        symbol.setContent(content);
        BufferedImage image = new BufferedImage(symbol.getWidth() * SCALE, symbol.getHeight() * SCALE,
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(java.awt.Color.WHITE);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            new Java2DRenderer(graphics, SCALE, Color.WHITE, Color.BLACK).render(symbol);
        } finally {
            graphics.dispose();
        }
        return image;
    }
}
