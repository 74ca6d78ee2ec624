package io.lotline.production.web;

import io.lotline.identity.Access;
import io.lotline.ledger.Booking;
import io.lotline.ledger.BookingContext;
import io.lotline.production.ProducedLots;
import io.lotline.production.Production;
import io.lotline.production.ProductionCommands.BookOutput;
import io.lotline.production.ProductionCommands.ConsumeInputs;
import io.lotline.production.ProductionCommands.ItemRules;
import io.lotline.production.ProductionCommands.MergeLots;
import io.lotline.production.ProductionCommands.OpenProductionOrder;
import io.lotline.production.ProductionCommands.SplitLot;
import io.lotline.production.ProductionOrder;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Production orders (open, consume, output, complete), splits, merges, and how items are made. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Production")
class ProductionController {
    private static final String KEY = "Idempotency-Key";

    private final Production production;

    ProductionController(Production production) {
        this.production = production;
    }

    @PostMapping("/production-orders")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.FLOOR)
    ProductionOrder open(@RequestHeader(name = KEY, required = false) String key,
                         @RequestBody @Valid OpenProductionOrder command) {
        return production.open(new BookingContext(key, null), command);
    }

    @GetMapping("/production-orders/{code}")
    @PreAuthorize(Access.ANY_USER)
    ProductionOrder order(@PathVariable String code) {
        return production.order(code);
    }

    @PostMapping("/production-orders/{code}/consumptions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.FLOOR)
    Booking consume(@RequestHeader(name = KEY, required = false) String key, @PathVariable String code,
                    @RequestParam(required = false) Instant occurredAt, @RequestBody @Valid ConsumeInputs command) {
        return production.consume(new BookingContext(key, occurredAt), code, command);
    }

    @PostMapping("/production-orders/{code}/outputs")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.FLOOR)
    ProducedLots output(@RequestHeader(name = KEY, required = false) String key, @PathVariable String code,
                        @RequestParam(required = false) Instant occurredAt, @RequestBody @Valid BookOutput command) {
        return production.output(new BookingContext(key, occurredAt), code, command);
    }

    @PostMapping("/production-orders/{code}/completion")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.FLOOR)
    ProductionOrder complete(@RequestHeader(name = KEY, required = false) String key, @PathVariable String code) {
        return production.complete(new BookingContext(key, null), code);
    }

    @PostMapping("/splits")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.FLOOR)
    ProducedLots split(@RequestHeader(name = KEY, required = false) String key,
                       @RequestParam(required = false) Instant occurredAt, @RequestBody @Valid SplitLot command) {
        return production.split(new BookingContext(key, occurredAt), command);
    }

    @PostMapping("/merges")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.FLOOR)
    ProducedLots merge(@RequestHeader(name = KEY, required = false) String key,
                       @RequestParam(required = false) Instant occurredAt, @RequestBody @Valid MergeLots command) {
        return production.merge(new BookingContext(key, occurredAt), command);
    }

    @GetMapping("/items/{sku}/production-rules")
    @PreAuthorize(Access.ANY_USER)
    ItemRules rules(@PathVariable String sku) {
        return production.rules(sku);
    }

    @PutMapping("/items/{sku}/production-rules")
    @PreAuthorize(Access.MASTER_DATA)
    ItemRules defineRules(@PathVariable String sku, @RequestBody @Valid ItemRules rules) {
        return production.defineRules(sku, rules);
    }
}
