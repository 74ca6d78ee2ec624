package io.lotline.gs1.internal;

import io.lotline.gs1.Element;
import io.lotline.gs1.Label;
import java.nio.charset.StandardCharsets;

/**
 * A label in ZPL II for Zebra-compatible thermal printers (4 x 6 inch at 203 dpi), the symbols drawn by the printer
 * itself so they stay sharp: GS1-128 as Code 128 in UCC/EAN mode ({@code ^BC...D}, FNC1 inserted by the printer),
 * GS1 DataMatrix as ECC 200 with {@code #1} for FNC1 ({@code ^BX} with escape character {@code #}, which GS1 data
 * never contains), and the Digital Link as a QR code ({@code ^BQ}). In UCC/EAN mode the printer reads brackets as AI
 * delimiters, so a batch with a bracket in it is printed from the DataMatrix and QR code only; the PDF has all three.
 */
final class ZplLabels {
    private ZplLabels() {
    }

    static byte[] render(Label label) {
        StringBuilder zpl = new StringBuilder("^XA\n^CI28\n^PW812\n^LL1218\n");
        zpl.append("^FO40,40^A0N,40,40^FD").append(field(label.title())).append("^FS\n");
        int y = 95;
        for (String line : label.lines()) {
            zpl.append("^FO40,").append(y).append("^A0N,28,28^FD").append(field(line)).append("^FS\n");
            y += 36;
        }
        if (!label.elements().isEmpty()) {
            y += 20;
            if (label.elements().stream().noneMatch(e -> e.value().contains("(") || e.value().contains(")"))) {
                zpl.append("^FO40,").append(y).append("^BY3^BCN,160,N,N,N,D^FD").append(label.humanReadable())
                        .append("^FS\n");
            }
            zpl.append("^FO40,").append(y + 175).append("^A0N,26,26^FD").append(field(label.humanReadable()))
                    .append("^FS\n");
            zpl.append("^FO40,").append(y + 230).append("^BXN,8,200,,,,#^FD").append(dataMatrix(label))
                    .append("^FS\n");
            zpl.append("^FO430,").append(y + 220).append("^BQN,2,6^FDMA,").append(label.digitalLink())
                    .append("^FS\n");
        }
        zpl.append("^XZ\n");
        return zpl.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** FNC1 first and after each variable-length field that another follows. */
    private static String dataMatrix(Label label) {
        StringBuilder data = new StringBuilder("#1");
        for (int i = 0; i < label.elements().size(); i++) {
            Element element = label.elements().get(i);
            data.append(element.ai()).append(element.value());
            boolean predefined = SyntaxDictionary.official().definition(element.ai())
                    .map(AiDefinition::predefinedLength).orElse(false);
            if (!predefined && i < label.elements().size() - 1) {
                data.append("#1");
            }
        }
        return data.toString();
    }

    /** Field data may not contain the ZPL command characters. */
    private static String field(String text) {
        return text.replace('^', ' ').replace('~', ' ');
    }
}
