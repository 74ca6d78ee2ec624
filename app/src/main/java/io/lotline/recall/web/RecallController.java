package io.lotline.recall.web;

import io.lotline.identity.Access;
import io.lotline.ledger.Booking;
import io.lotline.ledger.BookingContext;
import io.lotline.recall.LotDisposition;
import io.lotline.recall.MassBalance;
import io.lotline.recall.RecallCommands.Acknowledge;
import io.lotline.recall.RecallCommands.CloseRecall;
import io.lotline.recall.RecallCommands.Dispose;
import io.lotline.recall.RecallCommands.OpenRecall;
import io.lotline.recall.RecallCommands.RecallReturn;
import io.lotline.recall.RecallCommands.RunMockRecall;
import io.lotline.recall.RecallPapers;
import io.lotline.recall.RecallReport;
import io.lotline.recall.Recalls;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.lotline.shared.PageSize;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Recall cases, mock recalls, their reports and notices, and mass balances. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Recall")
class RecallController {

    private final Recalls recalls;
    private final RecallPapers papers;
    private final JsonMapper json;

    RecallController(Recalls recalls, RecallPapers papers, JsonMapper json) {
        this.recalls = recalls;
        this.json = json;
        this.papers = papers;
    }

    @PostMapping("/recalls")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.QUALITY)
    RecallReport open(BookingContext booking, @RequestBody @Valid OpenRecall command) {
        return recalls.open(booking, command);
    }

    @PostMapping("/recalls/{code}/confirmation")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.QUALITY)
    RecallReport confirm(BookingContext booking, @PathVariable String code) {
        return recalls.confirm(booking, code);
    }

    @GetMapping("/recalls")
    @PreAuthorize(Access.TRACE)
    Page<RecallReport> list(@RequestParam(required = false) String kind, @PageSize(20) PageRequest page) {
        return recalls.list(kind == null ? null : kind.toUpperCase(), page);
    }

    @GetMapping("/recalls/{code}")
    @PreAuthorize(Access.TRACE)
    ResponseEntity<RecallReport> report(@PathVariable String code) {
        RecallReport report = recalls.report(code);
        if (!"CLOSED".equals(report.status())) {
            return ResponseEntity.ok(report);
        }
        // A closed recall's report no longer changes: it carries an ETag (a digest of the answer itself, so it can
        // never name two different answers), and If-None-Match with it answers 304 Not Modified.
        return ResponseEntity.ok().eTag(digest(json.writeValueAsBytes(report))).body(report);
    }

    private static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @GetMapping("/recalls/{code}/report.pdf")
    @PreAuthorize(Access.TRACE)
    ResponseEntity<byte[]> reportPdf(@PathVariable String code) {
        return pdf(code + ".pdf", papers.reportPdf(recalls.report(code)));
    }

    @GetMapping("/recalls/{code}/report.csv")
    @PreAuthorize(Access.TRACE)
    ResponseEntity<String> reportCsv(@PathVariable String code) {
        return csv(code + ".csv", papers.reportCsv(recalls.report(code)));
    }

    @GetMapping("/recalls/{code}/notices/{customer}.pdf")
    @PreAuthorize(Access.TRACE)
    ResponseEntity<byte[]> notice(@PathVariable String code, @PathVariable String customer) {
        return pdf(code + "-" + customer + ".pdf", papers.noticePdf(recalls.report(code), customer));
    }

    @PostMapping("/recalls/{code}/notices/{customer}/sent")
    @PreAuthorize(Access.QUALITY)
    RecallReport noticeSent(@PathVariable String code, @PathVariable String customer) {
        return recalls.markNoticeSent(code, customer);
    }

    @PostMapping("/recalls/{code}/notices/{customer}/email")
    @PreAuthorize(Access.QUALITY)
    RecallReport mailNotice(@PathVariable String code, @PathVariable String customer) {
        return recalls.mailNotice(code, customer);
    }

    @PostMapping("/recalls/{code}/acknowledgements")
    @PreAuthorize(Access.QUALITY)
    RecallReport acknowledge(@PathVariable String code, @RequestBody @Valid Acknowledge command) {
        return recalls.acknowledge(code, command);
    }

    @PostMapping("/recalls/{code}/returns")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.RECEIVING)
    Booking bookReturn(BookingContext booking, @PathVariable String code,
                       @RequestBody @Valid RecallReturn command) {
        return recalls.bookReturn(booking, code, command);
    }

    @PostMapping("/recalls/{code}/dispositions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.QUALITY)
    LotDisposition dispose(BookingContext booking, @PathVariable String code,
                           @RequestBody @Valid Dispose command) {
        return recalls.dispose(booking, code, command);
    }

    @PostMapping("/recalls/{code}/closure")
    @PreAuthorize(Access.QUALITY)
    RecallReport close(BookingContext booking, @PathVariable String code,
                       @RequestBody @Valid CloseRecall command) {
        return recalls.close(booking, code, command);
    }

    @PostMapping("/mock-recalls")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.TRACE)
    RecallReport runMock(BookingContext booking, @RequestBody @Valid RunMockRecall command) {
        return recalls.runMock(booking, command);
    }

    @GetMapping("/mass-balance")
    @PreAuthorize(Access.TRACE)
    List<MassBalance> massBalance(@RequestParam("lot") List<String> lots) {
        return recalls.massBalance(lots);
    }

    private static ResponseEntity<byte[]> pdf(String filename, byte[] content) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"").body(content);
    }

    private static ResponseEntity<String> csv(String filename, String content) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"").body(content);
    }
}
