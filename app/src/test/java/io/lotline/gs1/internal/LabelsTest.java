package io.lotline.gs1.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.lotline.gs1.Element;
import io.lotline.gs1.Gs1;
import io.lotline.gs1.InvalidGs1Code;
import io.lotline.gs1.Label;
import io.lotline.gs1.LabelKind;
import io.lotline.gs1.ReadingRules;
import io.lotline.shared.Quantity;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Every symbol on a generated label is decoded back with ZXing, read through Lotline's GS1 reader and compared with
 * the elements the label was meant to carry.
 */
class LabelsTest {
    private static final String GTIN = "04012345000009";
    private static final String SSCC = "340123450000000017";
    private static final LocalDate EXPIRY = LocalDate.of(2027, 3, 31);

    private final Label lot = LabelComposer.lot(LabelKind.LOT, "Wheat flour T55", "FLOUR", GTIN, "L26-0042/A",
            EXPIRY, false, Quantity.of("1250.5", "KG"), List.of());

    @Test
    void a_lot_label_carries_gtin_expiry_net_weight_and_lot_in_that_order() {
        assertThat(lot.humanReadable()).isEqualTo("(01)04012345000009(17)270331(3101)012505(10)L26-0042/A");
        assertThat(lot.digitalLink()).isEqualTo("https://id.gs1.org/01/04012345000009/10/L26-0042%2FA"
                + "?17=270331&3101=012505");
    }

    @Test
    void each_symbol_of_the_pdf_lot_label_decodes_to_what_was_meant() throws IOException {
        Map<BarcodeFormat, List<Element>> decoded = decodedSymbols(PdfLabels.render(lot));

        assertThat(decoded).containsOnlyKeys(BarcodeFormat.CODE_128, BarcodeFormat.DATA_MATRIX, BarcodeFormat.QR_CODE);
        decoded.values().forEach(elements -> assertThat(elements).containsExactlyInAnyOrderElementsOf(lot.elements()));
    }

    @Test
    void the_pdf_prints_the_human_readable_interpretation_and_the_text() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfLabels.render(lot))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Wheat flour T55", "Lot L26-0042/A",
                    "Use by 2027-03-31", "Quantity 1250.5 KG", lot.humanReadable());
        }
    }

    @Test
    void the_pdf_prints_a_product_name_in_any_script_as_written() throws IOException {
        Label greek = LabelComposer.lot(LabelKind.LOT, "Γιαούρτι Łódź Žatec İzmir", "YOG", GTIN, "L1", EXPIRY, false,
                Quantity.of("12", "KG"), List.of());
        try (PDDocument pdf = Loader.loadPDF(PdfLabels.render(greek))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Γιαούρτι Łódź Žatec İzmir");
        }
    }

    @Test
    void a_pallet_of_one_lot_counted_in_units_carries_sscc_content_count_and_lot() throws IOException {
        Label pallet = LabelComposer.pallet(SSCC, "Croissants", GTIN, "C-77", EXPIRY, true, Quantity.of("48", "EA"),
                List.of());

        assertThat(pallet.humanReadable()).isEqualTo("(00)" + SSCC + "(02)" + GTIN + "(15)270331(37)48(10)C-77");
        decodedSymbols(PdfLabels.render(pallet)).values()
                .forEach(elements -> assertThat(elements).containsExactlyInAnyOrderElementsOf(pallet.elements()));
    }

    @Test
    void a_mixed_pallet_carries_its_sscc_alone() {
        Label pallet = LabelComposer.pallet(SSCC, "Mixed pallet", null, null, null, false, null,
                List.of());

        assertThat(pallet.humanReadable()).isEqualTo("(00)" + SSCC);
        assertThat(pallet.digitalLink()).isEqualTo("https://id.gs1.org/00/" + SSCC);
    }

    @Test
    void a_lot_number_that_ai_10_cannot_carry_is_refused_naming_the_element() {
        assertThatExceptionOfType(InvalidGs1Code.class)
                .isThrownBy(() -> LabelComposer.lot(LabelKind.LOT, "Flour", "FLOUR", GTIN, "LOT 7", null, false, null, List.of()))
                .satisfies(refusal -> {
                    assertThat(refusal.value()).isEqualTo("(10)LOT 7");
                    assertThat(refusal.rule()).isEqualTo("gs1-invalid-cset82-character");
                });
        assertThatExceptionOfType(InvalidGs1Code.class).isThrownBy(() -> LabelComposer.lot(LabelKind.LOT, "Flour",
                "FLOUR", GTIN, "L".repeat(21), null, false, null, List.of()))
                .satisfies(refusal -> assertThat(refusal.rule()).isEqualTo("gs1-data-too-long"));
    }

    @Test
    void net_content_is_said_exactly_or_left_to_the_text() {
        assertThat(LabelComposer.netContent(Quantity.of("25", "KG"), "30")).hasValueSatisfying(
                element -> assertThat(element.bracketed()).isEqualTo("(3100)000025"));
        assertThat(LabelComposer.netContent(Quantity.of("0.125", "L"), "30")).hasValueSatisfying(
                element -> assertThat(element.bracketed()).isEqualTo("(3153)000125"));
        assertThat(LabelComposer.netContent(Quantity.of("12", "EA"), "30")).hasValueSatisfying(
                element -> assertThat(element.bracketed()).isEqualTo("(30)12"));
        assertThat(LabelComposer.netContent(Quantity.of("1234567", "KG"), "30")).isEmpty();
        assertThat(LabelComposer.netContent(Quantity.of("2.5", "EA"), "30")).isEmpty();
    }

    @Test
    void the_zpl_label_has_the_printer_draw_gs1_128_datamatrix_and_the_digital_link_qr_code() {
        String zpl = new String(ZplLabels.render(lot), StandardCharsets.UTF_8);

        assertThat(zpl).startsWith("^XA").endsWith("^XZ\n")
                .contains("^BCN,160,N,N,N,D^FD" + lot.humanReadable() + "^FS")
                .contains("^BXN,8,200,,,,#^FD#10104012345000009172703313101012505" + "10L26-0042/A^FS")
                .contains("^BQN,2,6^FDMA," + lot.digitalLink() + "^FS")
                .contains("^FD" + lot.humanReadable() + "^FS", "^FDWheat flour T55^FS");
    }

    /** Each image on the page, decoded by ZXing and read by the GS1 reader, by the format it was found as. */
    private static Map<BarcodeFormat, List<Element>> decodedSymbols(byte[] pdf) throws IOException {
        Map<BarcodeFormat, List<Element>> decoded = new EnumMap<>(BarcodeFormat.class);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                    Result result = decode(image.getImage());
                    decoded.put(result.getBarcodeFormat(), Gs1.read(asScanned(result), ReadingRules.STRICT)
                            .elements());
                }
            }
        }
        return decoded;
    }

    private static Result decode(BufferedImage image) throws IOException {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.ASSUME_GS1, Boolean.TRUE);
        try {
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image))), hints);
        } catch (NotFoundException notFound) {
            throw new IOException("No barcode found in a label image", notFound);
        }
    }

    /** What a scanner would type: the symbology identifier, then the data with GS for FNC1. */
    private static String asScanned(Result result) {
        Object identifier = result.getResultMetadata().get(ResultMetadataType.SYMBOLOGY_IDENTIFIER);
        String text = result.getText();
        return text.startsWith("]") || identifier == null ? text : identifier + text;
    }
}
