package io.lotline.recall.web;

import io.lotline.recall.RecallReport;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Serves recall papers as downloads. The documents themselves are written by the recall module. */
@Component
class RecallFiles {
    private final io.lotline.recall.RecallPapers papers;

    RecallFiles(io.lotline.recall.RecallPapers papers) {
        this.papers = papers;
    }

    byte[] reportPdf(RecallReport report) {
        return papers.reportPdf(report);
    }

    String reportCsv(RecallReport report) {
        return papers.reportCsv(report);
    }

    byte[] noticePdf(RecallReport report, String customer) {
        return papers.noticePdf(report, customer);
    }

    ResponseEntity<byte[]> pdf(String filename, byte[] content) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"").body(content);
    }

    ResponseEntity<String> csv(String filename, String content) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"").body(content);
    }
}
