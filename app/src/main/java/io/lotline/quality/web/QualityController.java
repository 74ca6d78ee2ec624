package io.lotline.quality.web;

import io.lotline.identity.Access;
import io.lotline.ledger.BookingContext;
import io.lotline.quality.Quality;
import io.lotline.quality.QualityCommands.Close;
import io.lotline.quality.QualityCommands.Decide;
import io.lotline.quality.QualityCommands.Dispose;
import io.lotline.quality.QualityCommands.OpenNonconformance;
import io.lotline.quality.QualityCommands.RecordResults;
import io.lotline.quality.QualityViews.Document;
import io.lotline.quality.QualityViews.LotEvaluation;
import io.lotline.quality.QualityViews.Nonconformance;
import io.lotline.quality.QualityViews.SignatureRecord;
import io.lotline.quality.QualityViews.Specification;
import io.lotline.quality.SpecParameter;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Specifications, results, documents, signed release and rejection, non-conformances. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Quality")
class QualityController {
    private final Quality quality;

    QualityController(Quality quality) {
        this.quality = quality;
    }

    @PutMapping("/items/{sku}/specification")
    @PreAuthorize(Access.QUALITY)
    Specification defineSpecification(@PathVariable String sku, @RequestBody @Valid SpecificationRequest request) {
        return quality.defineSpecification(sku, request.parameters() == null ? List.of() : request.parameters());
    }

    @GetMapping("/items/{sku}/specification")
    @PreAuthorize(Access.ANY_USER)
    Specification specification(@PathVariable String sku) {
        return quality.specification(sku);
    }

    @PostMapping("/lots/{lotNumber}/results")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.QUALITY)
    LotEvaluation recordResults(@PathVariable String lotNumber, @RequestBody @Valid RecordResults results) {
        return quality.recordResults(lotNumber, results);
    }

    @GetMapping("/lots/{lotNumber}/quality")
    @PreAuthorize(Access.ANY_USER)
    LotEvaluation evaluation(@PathVariable String lotNumber) {
        return quality.evaluation(lotNumber);
    }

    @PostMapping("/lots/{lotNumber}/decision")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.QUALITY)
    SignatureRecord decide(BookingContext booking, @PathVariable String lotNumber,
                           @RequestBody @Valid Decide decision) {
        return quality.decide(booking, lotNumber, decision);
    }

    @PostMapping("/lots/{lotNumber}/documents")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.RECEIVING)
    Document upload(@PathVariable String lotNumber, @RequestPart(name = "file", required = false) MultipartFile file,
                    @RequestParam(defaultValue = "COA") String kind) throws IOException {
        if (file == null) {
            throw new InvalidInput("file", null, "required", "Attach the document as the multipart part 'file'");
        }
        return quality.upload(lotNumber, kind, file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/documents/{id}")
    @PreAuthorize(Access.ANY_USER)
    Document document(@PathVariable long id) {
        return quality.document(id);
    }

    @GetMapping("/documents/{id}/content")
    @PreAuthorize(Access.ANY_USER)
    ResponseEntity<byte[]> content(@PathVariable long id) {
        Document document = quality.document(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(document.filename(), StandardCharsets.UTF_8).build().toString())
                .header("Repr-Digest", "sha-256=:" + java.util.Base64.getEncoder().encodeToString(
                        java.util.HexFormat.of().parseHex(document.sha256())) + ":")
                .body(quality.content(id));
    }

    @PostMapping("/nonconformances")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.QUALITY)
    Nonconformance open(BookingContext booking, @RequestBody @Valid OpenNonconformance command) {
        return quality.open(booking, command);
    }

    @GetMapping("/nonconformances")
    @PreAuthorize(Access.ANY_USER)
    Page<Nonconformance> nonconformances(@RequestParam(required = false) String status,
                                         PageRequest page) {
        return quality.nonconformances(status == null ? null : status.toUpperCase(), page);
    }

    @GetMapping("/nonconformances/{code}")
    @PreAuthorize(Access.ANY_USER)
    Nonconformance nonconformance(@PathVariable String code) {
        return quality.nonconformance(code);
    }

    @PostMapping("/nonconformances/{code}/disposition")
    @PreAuthorize(Access.QUALITY)
    Nonconformance dispose(@PathVariable String code, @RequestBody @Valid Dispose command) {
        return quality.dispose(code, command);
    }

    @PostMapping("/nonconformances/{code}/closure")
    @PreAuthorize(Access.QUALITY)
    Nonconformance close(@PathVariable String code, @RequestBody @Valid Close command) {
        return quality.close(code, command);
    }

    /** An item's specification: its parameters, in order. */
    record SpecificationRequest(List<@Valid SpecParameter> parameters) {
    }
}
