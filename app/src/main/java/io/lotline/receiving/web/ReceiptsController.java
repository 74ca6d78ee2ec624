package io.lotline.receiving.web;

import io.lotline.identity.Access;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.ReportedLate;
import io.lotline.receiving.GoodsReceived;
import io.lotline.receiving.ReceiveGoods;
import io.lotline.receiving.ReceiveLabel;
import io.lotline.receiving.Receiving;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Goods receipts. */
@RestController
@RequestMapping("/api/v1/receipts")
@Tag(name = "Receiving")
class ReceiptsController {
    private final Receiving receiving;

    ReceiptsController(Receiving receiving) {
        this.receiving = receiving;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.RECEIVING)
    GoodsReceived receive(@ReportedLate BookingContext booking, @RequestBody @Valid ReceiveGoods receipt) {
        return receiving.receive(booking, receipt);
    }

    /** One lot from the supplier's scanned GS1 label: item, supplier lot, dates and content come from the label. */
    @PostMapping("/labels")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.RECEIVING)
    GoodsReceived receiveLabel(@ReportedLate BookingContext booking, @RequestBody @Valid ReceiveLabel receipt) {
        return receiving.receive(booking, receipt);
    }
}
