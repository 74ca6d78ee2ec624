package io.lotline.gs1.web;

import io.lotline.gs1.LabelFormat;
import io.lotline.gs1.LabelKind;
import io.lotline.gs1.Labels;
import io.lotline.gs1.RenderedLabel;
import io.lotline.identity.Access;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Lot, case and pallet labels as PDF or ZPL, and new SSCCs for pallets. */
@RestController
@RequestMapping("/api/v1/labels")
@Tag(name = "Labels")
class LabelsController {
    private final Labels labels;

    LabelsController(Labels labels) {
        this.labels = labels;
    }

    /** The lot (by query, since lot numbers may hold a slash) as a LOT or CASE label. */
    @GetMapping("/lots")
    @PreAuthorize(Access.RECEIVING)
    ResponseEntity<byte[]> lot(@RequestParam String lot, @RequestParam(defaultValue = "LOT") LabelKind kind,
                               @RequestParam(required = false) BigDecimal quantity,
                               @RequestParam(defaultValue = "PDF") LabelFormat format) {
        return file(labels.lotLabel(lot, kind, quantity, format));
    }

    @GetMapping("/pallets/{sscc}")
    @PreAuthorize(Access.RECEIVING)
    ResponseEntity<byte[]> pallet(@PathVariable String sscc, @RequestParam(defaultValue = "PDF") LabelFormat format) {
        return file(labels.palletLabel(sscc, format));
    }

    record NewSscc(String sscc) {
    }

    @PostMapping("/ssccs")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.RECEIVING)
    NewSscc sscc() {
        return new NewSscc(labels.nextSscc());
    }

    private static ResponseEntity<byte[]> file(RenderedLabel label) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(label.format().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(label.fileName()).build().toString())
                .body(label.content());
    }
}
