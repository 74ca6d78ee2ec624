package io.lotline.gs1.web;

import io.lotline.gs1.ScanInterpretation;
import io.lotline.gs1.Scans;
import io.lotline.identity.Access;
import io.lotline.shared.Scanned;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a scanned code means: its GS1 elements and what it names in Lotline. Changes nothing. */
@RestController
@RequestMapping("/api/v1/scans")
@Tag(name = "Scans")
class ScansController {
    private final Scans scans;

    ScansController(Scans scans) {
        this.scans = scans;
    }

    /** Exactly what the scanner typed, group separators and symbology identifier included. */
    record Scan(@Scanned String code) {
    }

    @PostMapping
    @PreAuthorize(Access.ANY_USER)
    ScanInterpretation interpret(@RequestBody @Valid Scan scan) {
        return scans.interpret(scan.code());
    }
}
