package io.lotline.pallets.web;

import io.lotline.identity.Access;
import io.lotline.ledger.Booking;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.ReportedLate;
import io.lotline.pallets.Packing;
import io.lotline.pallets.PalletContents;
import io.lotline.pallets.Pallets;
import io.lotline.pallets.Pallets.MovePallet;
import io.lotline.pallets.Pallets.PackPallets;
import io.lotline.pallets.Pallets.ShipPallet;
import io.lotline.shared.Code;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Pallets packed onto pallets, and outer pallets moved and shipped with all they carry. */
@RestController
@RequestMapping("/api/v1/pallets/{code}")
@Tag(name = "Pallets")
class PalletsController {
    private final Pallets pallets;

    PalletsController(Pallets pallets) {
        this.pallets = pallets;
    }

    /** The pallets (SSCCs or licence plates) to pack onto the pallet, or to take off it. */
    record Children(List<@Code String> children) {
    }

    @GetMapping("/contents")
    @PreAuthorize(Access.ANY_USER)
    PalletContents contents(@PathVariable String code) {
        return pallets.contents(code);
    }

    @PostMapping("/packing")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.FLOOR)
    Packing pack(@ReportedLate BookingContext booking, @PathVariable String code,
                 @RequestBody @Valid Children children) {
        return pallets.pack(booking, code, new PackPallets(children.children()));
    }

    @PostMapping("/unpacking")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.FLOOR)
    Packing unpack(@ReportedLate BookingContext booking, @PathVariable String code,
                   @RequestBody @Valid Children children) {
        return pallets.unpack(booking, code, new PackPallets(children.children()));
    }

    @PostMapping("/transfers")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.FLOOR)
    Booking transfer(@ReportedLate BookingContext booking, @PathVariable String code,
                     @RequestBody @Valid MovePallet command) {
        return pallets.transfer(booking, code, command);
    }

    @PostMapping("/shipments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.FLOOR)
    Booking ship(@ReportedLate BookingContext booking, @PathVariable String code,
                 @RequestBody @Valid ShipPallet command) {
        return pallets.ship(booking, code, command);
    }
}
