package io.lotline.genealogy.web;

import io.lotline.genealogy.Direction;
import io.lotline.genealogy.Genealogy;
import io.lotline.genealogy.Trace;
import io.lotline.genealogy.TraceRequest;
import io.lotline.identity.Access;
import io.lotline.shared.InvalidInput;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Forward and reverse traces of one or more lots, as JSON (graph and lists) or CSV (one row per lot and shipment or
 * receipt). Quality, compliance and admins only; every request is recorded.
 */
@RestController
@RequestMapping("/api/v1/traces")
@Tag(name = "Genealogy and trace")
class TraceController {
    private final Genealogy genealogy;

    TraceController(Genealogy genealogy) {
        this.genealogy = genealogy;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Access.TRACE)
    Trace trace(@RequestParam String direction, @RequestParam("lot") List<String> lots,
                @RequestParam(required = false) Integer maxDepth) {
        return genealogy.trace(new TraceRequest(direction(direction), lots, maxDepth));
    }

    @GetMapping(value = "/csv", produces = "text/csv")
    @PreAuthorize(Access.TRACE)
    ResponseEntity<String> csv(@RequestParam String direction, @RequestParam("lot") List<String> lots,
                               @RequestParam(required = false) Integer maxDepth) {
        Trace trace = genealogy.trace(new TraceRequest(direction(direction), lots, maxDepth));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"trace-"
                        + trace.direction().name().toLowerCase() + ".csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(TraceCsv.of(trace));
    }

    private static Direction direction(String direction) {
        try {
            return Direction.valueOf(direction.toUpperCase());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput("direction", direction, "trace-direction", "A trace goes FORWARD or REVERSE");
        }
    }
}
