package io.lotline.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfReportTest {

    @Test
    void names_in_polish_czech_greek_and_turkish_print_as_written_in_an_embedded_font() throws IOException {
        byte[] pdf = new PdfReport().title("Łódź Mleczarnia").text("Žatec, Θεσσαλονίκη, İzmir").render();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Łódź Mleczarnia", "Žatec, Θεσσαλονίκη, İzmir");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Łódź Mleczarnia");
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).contains("DejaVuSansCondensed");
        }
    }

    @Test
    void a_character_the_font_lacks_prints_as_a_question_mark_instead_of_failing_the_report() throws IOException {
        byte[] pdf = new PdfReport().title("Notice").text("Cake \uD83C\uDF82 for Ana\u0007").render();

        assertThat(text(pdf)).contains("Cake ? for Ana?");
    }

    @Test
    void markup_prints_as_text_and_a_bidirectional_override_as_a_question_mark() throws IOException {
        byte[] pdf = new PdfReport().title("Notice").text("<script>alert(1)</script> ok \u202Egnp.exe\u200B")
                .render();

        assertThat(text(pdf)).contains("<script>alert(1)</script> ok ?gnp.exe?");
    }

    @Test
    void a_long_table_flows_onto_numbered_pages_and_a_long_cell_wraps_without_losing_words() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            rows.add(List.of("LOT-" + i, "A description long enough to need a second line in its narrow column " + i));
        }

        byte[] pdf = new PdfReport().title("Trace").table(List.of("Lot", "Product"), List.of(1, 1), rows).render();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document).replace("\n", " ").replace("\r", "");
            assertThat(text).contains("LOT-119", "narrow column 119", "Trace – page 1 of " + document.getNumberOfPages());
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
