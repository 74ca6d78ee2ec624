package io.lotline.picking.web;

import io.lotline.identity.Access;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.ReportedLate;
import io.lotline.picking.CustomerOrder;
import io.lotline.picking.OrderCommands.CancelOrder;
import io.lotline.picking.OrderCommands.ConfirmPick;
import io.lotline.picking.OrderCommands.EnterCustomerOrder;
import io.lotline.picking.OrderCommands.ShipOrder;
import io.lotline.picking.OrderStatus;
import io.lotline.picking.OrderSummary;
import io.lotline.picking.PickList;
import io.lotline.picking.Picking;
import io.lotline.picking.Shipment;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customer orders: entry, allocation, the handheld's pick list, confirmation by scan, cancellation and shipment.
 * Every command takes an {@code Idempotency-Key} header, so a handheld that retries never confirms twice.
 */
@RestController
@RequestMapping("/api/v1/customer-orders")
@Tag(name = "Picking")
class CustomerOrdersController {

    private final Picking picking;

    CustomerOrdersController(Picking picking) {
        this.picking = picking;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.FLOOR)
    CustomerOrder enter(BookingContext booking, @RequestBody @Valid EnterCustomerOrder command) {
        return picking.enter(booking, command);
    }

    @GetMapping
    @PreAuthorize(Access.ANY_USER)
    Page<OrderSummary> orders(@RequestParam(required = false) OrderStatus status,
                              PageRequest page) {
        return picking.orders(status, page);
    }

    @GetMapping("/{code}")
    @PreAuthorize(Access.ANY_USER)
    CustomerOrder order(@PathVariable String code) {
        return picking.order(code);
    }

    @PostMapping("/{code}/allocation")
    @PreAuthorize(Access.FLOOR)
    PickList allocate(BookingContext booking, @PathVariable String code) {
        return picking.allocate(booking, code);
    }

    /** The handheld's view: picks in walking order with the reason for each lot, and what was skipped. */
    @GetMapping("/{code}/pick-list")
    @PreAuthorize(Access.ANY_USER)
    PickList pickList(@PathVariable String code) {
        return picking.pickList(code);
    }

    @PostMapping("/{code}/picks/{pick}/confirmation")
    @PreAuthorize(Access.FLOOR)
    PickList confirm(BookingContext booking, @PathVariable String code,
                     @PathVariable long pick, @RequestBody @Valid ConfirmPick command) {
        return picking.confirm(booking, code, pick, command);
    }

    @PostMapping("/{code}/cancellation")
    @PreAuthorize(Access.FLOOR)
    CustomerOrder cancel(BookingContext booking, @PathVariable String code,
                         @RequestBody @Valid CancelOrder command) {
        return picking.cancel(booking, code, command);
    }

    @PostMapping("/{code}/shipment")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.FLOOR)
    Shipment ship(@ReportedLate BookingContext booking, @PathVariable String code,
                  @RequestBody(required = false) @Valid ShipOrder command) {
        return picking.ship(booking, code, command == null ? new ShipOrder(null) : command);
    }
}
