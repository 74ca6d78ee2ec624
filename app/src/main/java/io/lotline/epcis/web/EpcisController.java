package io.lotline.epcis.web;

import io.lotline.epcis.CaptureReport;
import io.lotline.epcis.DocumentFormat;
import io.lotline.epcis.Epcis;
import io.lotline.epcis.EventQuery;
import io.lotline.epcis.PartnerTrace;
import io.lotline.epcis.QueryResult;
import io.lotline.genealogy.Direction;
import io.lotline.genealogy.TraceRequest;
import io.lotline.identity.Access;
import io.lotline.shared.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * EPCIS 2.0 capture and query, after the standard's REST binding: documents in JSON-LD or XML are captured by the
 * floor's systems and partners; quality and compliance query the events back.
 */
@RestController
@RequestMapping("/api/v1/epcis")
@Tag(name = "EPCIS")
class EpcisController {
    private final Epcis epcis;

    EpcisController(Epcis epcis) {
        this.epcis = epcis;
    }

    @PostMapping(path = "/capture", consumes = {"application/json", "application/ld+json", "application/xml",
            "text/xml"})
    @PreAuthorize(Access.EPCIS_CAPTURE)
    @Operation(summary = "Capture an EPCIS 2.0 document: every event or none")
    CaptureReport capture(@RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type, InputStream document) {
        return epcis.capture(document, format(type));
    }

    @PostMapping(path = "/events", consumes = {"application/json", "application/ld+json", "application/xml",
            "text/xml"})
    @PreAuthorize(Access.EPCIS_CAPTURE)
    @Operation(summary = "Capture one EPCIS 2.0 event (or a document) at once")
    ResponseEntity<CaptureReport> captureEvent(@RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType type,
                                               InputStream event) {
        return ResponseEntity.status(HttpStatus.CREATED).body(epcis.capture(event, format(type)));
    }

    /** The parameters the query answers; any other is refused, as a misspelt one would otherwise match everything. */
    static final Set<String> QUERY_PARAMETERS = Set.of("eventType", "GE_eventTime", "LT_eventTime", "EQ_bizStep",
            "EQ_disposition", "EQ_bizLocation", "EQ_readPoint", "MATCH_epc", "MATCH_anyEPC", "MATCH_anyEPCClass",
            "EQ_transformationID", "perPage", "nextPageToken");

    @GetMapping(path = "/events", produces = {"application/ld+json", "application/json"})
    @PreAuthorize(Access.TRACE)
    @Operation(summary = "Query events, captured and booked; answers an EPCIS query document, next page in Link")
    ResponseEntity<String> events(@RequestParam(name = "eventType", required = false) List<String> eventTypes,
                                  @RequestParam(name = "GE_eventTime", required = false) String from,
                                  @RequestParam(name = "LT_eventTime", required = false) String until,
                                  @RequestParam(name = "EQ_bizStep", required = false) List<String> bizSteps,
                                  @RequestParam(name = "EQ_disposition", required = false) List<String> dispositions,
                                  @RequestParam(name = "EQ_bizLocation", required = false) List<String> bizLocations,
                                  @RequestParam(name = "EQ_readPoint", required = false) List<String> readPoints,
                                  @RequestParam(name = "MATCH_epc", required = false) List<String> epcs,
                                  @RequestParam(name = "MATCH_anyEPC", required = false) List<String> anyEpcs,
                                  @RequestParam(name = "MATCH_anyEPCClass", required = false) List<String> classes,
                                  @RequestParam(name = "EQ_transformationID", required = false)
                                  List<String> transformationIds,
                                  @RequestParam(name = "perPage", defaultValue = "30") int perPage,
                                  @RequestParam(name = "nextPageToken", required = false) String pageToken,
                                  @RequestParam MultiValueMap<String, String> all) {
        all.keySet().stream().filter(name -> !QUERY_PARAMETERS.contains(name)).findFirst().ifPresent(name -> {
            throw new InvalidInput(name, all.getFirst(name), "epcis-query-parameter",
                    "The query takes the parameters " + QUERY_PARAMETERS.stream().sorted().toList());
        });
        QueryResult result = epcis.query(new EventQuery(values(eventTypes), time("GE_eventTime", from),
                time("LT_eventTime", until), values(bizSteps), values(dispositions), values(bizLocations),
                values(readPoints), values(epcs), values(anyEpcs), values(classes), values(transformationIds), perPage, pageToken));
        var answer = ResponseEntity.ok().contentType(MediaType.parseMediaType("application/ld+json"));
        if (result.nextPageToken() != null) {
            String next = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("nextPageToken", result.nextPageToken()).build().toUriString();
            answer = answer.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return answer.body(result.document());
    }

    @GetMapping("/origins")
    @PreAuthorize(Access.TRACE)
    @Operation(summary = "Where a lot came from as captured events tell it, back through partners' transformations")
    PartnerTrace origins(@RequestParam(name = "lot", required = false) String lot,
                         @RequestParam(name = "epcClass", required = false) String epcClass) {
        return epcis.origins(lot, epcClass);
    }

    @GetMapping(path = "/trace", produces = {"application/ld+json", "application/json"})
    @PreAuthorize(Access.TRACE)
    @Operation(summary = "The trace of lots as one EPCIS document: receipts, transformations and shipments")
    ResponseEntity<String> trace(@RequestParam String direction, @RequestParam("lot") List<String> lots,
                                 @RequestParam(required = false) Integer maxDepth) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/ld+json"))
                .body(epcis.trace(new TraceRequest(direction(direction), lots, maxDepth)));
    }

    private static Direction direction(String direction) {
        try {
            return Direction.valueOf(direction.toUpperCase());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput("direction", direction, "trace-direction", "A trace goes FORWARD or REVERSE");
        }
    }

    private static DocumentFormat format(MediaType type) {
        return type.getSubtype().endsWith("xml") ? DocumentFormat.XML : DocumentFormat.JSON;
    }

    /** A parameter given several times, or with values separated by '|' as the query interface writes lists. */
    private static List<String> values(List<String> given) {
        return given == null ? List.of() : given.stream().flatMap(value -> Arrays.stream(value.split("\\|")))
                .map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    private static OffsetDateTime time(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            // a '+' of the offset arrives as a space when the client did not encode it
            return OffsetDateTime.parse(value.replace(' ', '+'));
        } catch (DateTimeParseException e) {
            throw new InvalidInput(parameter, value, "date-time",
                    parameter + " is a date and time with its offset, such as 2025-03-04T09:02:00+01:00");
        }
    }
}
