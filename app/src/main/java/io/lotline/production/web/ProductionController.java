package io.lotline.production.web;

import io.lotline.identity.Access;
import io.lotline.ledger.Booking;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.ReportedLate;
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
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Production orders (open, consume, output, complete), splits, merges, and how items are made. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Production")
class ProductionController {

    private final Production production;

    ProductionController(Production production) {
        this.production = production;
    }

    @PostMapping("/production-orders")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.FLOOR)
    ProductionOrder open(BookingContext booking, @RequestBody @Valid OpenProductionOrder command) {
        return production.open(booking, command);
    }

    @GetMapping("/production-orders/{code}")
    @PreAuthorize(Access.ANY_USER)
    ProductionOrder order(@PathVariable String code) {
        return production.order(code);
    }

    @PostMapping("/production-orders/{code}/consumptions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.FLOOR)
    Booking consume(@ReportedLate BookingContext booking, @PathVariable String code,
                    @RequestBody @Valid ConsumeInputs command) {
        return production.consume(booking, code, command);
    }

    @PostMapping("/production-orders/{code}/outputs")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.FLOOR)
    ProducedLots output(@ReportedLate BookingContext booking, @PathVariable String code,
                        @RequestBody @Valid BookOutput command) {
        return production.output(booking, code, command);
    }

    @PostMapping("/production-orders/{code}/completion")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.FLOOR)
    ProductionOrder complete(BookingContext booking, @PathVariable String code) {
        return production.complete(booking, code);
    }

    @PostMapping("/splits")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.FLOOR)
    ProducedLots split(@ReportedLate BookingContext booking, @RequestBody @Valid SplitLot command) {
        return production.split(booking, command);
    }

    @PostMapping("/merges")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.FLOOR)
    ProducedLots merge(@ReportedLate BookingContext booking, @RequestBody @Valid MergeLots command) {
        return production.merge(booking, command);
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
