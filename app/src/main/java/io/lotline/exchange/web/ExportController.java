package io.lotline.exchange.web;

import io.lotline.exchange.ExportRequest;
import io.lotline.exchange.Exports;
import io.lotline.exchange.OneUpOneDown;
import io.lotline.exchange.TraceabilityEvent;
import io.lotline.genealogy.Direction;
import io.lotline.genealogy.TraceRequest;
import io.lotline.identity.Access;
import io.lotline.shared.InvalidInput;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** FSMA 204 sortable spreadsheet, EU one-up/one-down, and the PDF trace report. Quality and compliance only. */
@RestController
@RequestMapping("/api/v1/exports")
@Tag(name = "Exports")
class ExportController {
    private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final MediaType XLSX = MediaType.parseMediaType(XLSX_TYPE);
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Exports exports;

    ExportController(Exports exports) {
        this.exports = exports;
    }

    @GetMapping("/fsma204")
    @PreAuthorize(Access.TRACE)
    List<TraceabilityEvent> fsma204(@RequestParam(required = false) String sku,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @RequestParam(name = "lot", required = false) List<String> lots,
                                    @RequestParam(required = false) String recall) {
        return exports.fsma204(new ExportRequest(sku, from, to, lots, recall));
    }

    /** Written to the response as the rows are read: the download starts before the last row is found. */
    @GetMapping("/fsma204.xlsx")
    @PreAuthorize(Access.TRACE)
    @ApiResponse(responseCode = "200", description = "The sortable spreadsheet", content = @Content(
            mediaType = XLSX_TYPE, schema = @Schema(type = "string", format = "binary")))
    void fsma204Xlsx(@RequestParam(required = false) String sku,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @RequestParam(name = "lot", required = false) List<String> lots,
                     @RequestParam(required = false) String recall, HttpServletResponse response) {
        exports.fsma204Xlsx(new ExportRequest(sku, from, to, lots, recall),
                () -> download(response, "fsma204.xlsx", XLSX));
    }

    @GetMapping("/fsma204.csv")
    @PreAuthorize(Access.TRACE)
    @ApiResponse(responseCode = "200", description = "The sortable spreadsheet as CSV", content = @Content(
            mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    void fsma204Csv(@RequestParam(required = false) String sku,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    @RequestParam(name = "lot", required = false) List<String> lots,
                    @RequestParam(required = false) String recall, HttpServletResponse response) {
        exports.fsma204Csv(new ExportRequest(sku, from, to, lots, recall),
                () -> download(response, "fsma204.csv", CSV));
    }

    @GetMapping("/one-up-one-down")
    @PreAuthorize(Access.TRACE)
    OneUpOneDown oneUpOneDown(@RequestParam String lot) {
        return exports.oneUpOneDown(lot);
    }

    @GetMapping("/one-up-one-down.csv")
    @PreAuthorize(Access.TRACE)
    ResponseEntity<byte[]> oneUpOneDownCsv(@RequestParam String lot) {
        return download("one-up-one-down-" + lot + ".csv", CSV,
                exports.oneUpOneDownCsv(lot).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/trace.pdf")
    @PreAuthorize(Access.TRACE)
    ResponseEntity<byte[]> tracePdf(@RequestParam String direction, @RequestParam("lot") List<String> lots,
                                    @RequestParam(required = false) Integer maxDepth) {
        Direction way;
        try {
            way = Direction.valueOf(direction.toUpperCase());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput("direction", direction, "trace-direction", "A trace goes FORWARD or REVERSE");
        }
        return download("trace.pdf", MediaType.APPLICATION_PDF,
                exports.tracePdf(new TraceRequest(way, lots, maxDepth)));
    }

    /** The response as a download: its headers set only now that the export has a first row to send. */
    private static OutputStream download(HttpServletResponse response, String filename, MediaType type)
            throws IOException {
        response.setContentType(type.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"");
        return response.getOutputStream();
    }

    private static ResponseEntity<byte[]> download(String filename, MediaType type, byte[] content) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"").body(content);
    }
}
