package io.lotline.lots.web;

import io.lotline.identity.Access;
import io.lotline.lots.Lot;
import io.lotline.lots.LotNumberFormatDefinition;
import io.lotline.lots.LotStatus;
import io.lotline.lots.Lots;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Lot lists and lot number formats. The full dossier of one lot is at {@code /api/v1/lots/{lotNumber}}. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Lots")
class LotsController {
    private final Lots lots;

    LotsController(Lots lots) {
        this.lots = lots;
    }

    @GetMapping("/lots")
    @PreAuthorize(Access.ANY_USER)
    Page<Lot> lots(@RequestParam(required = false) String sku, @RequestParam(required = false) LotStatus status,
                   @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return lots.lots(sku, status, new PageRequest(page, size));
    }

    @GetMapping("/lots/by-supplier-lot")
    @PreAuthorize(Access.ANY_USER)
    List<Lot> bySupplierLot(@RequestParam String supplierLot) {
        return lots.lotsOfSupplierLot(supplierLot);
    }

    @PostMapping("/lot-number-formats")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.MASTER_DATA)
    LotNumberFormatDefinition defineFormat(@RequestBody @Valid LotNumberFormatDefinition format) {
        return lots.defineFormat(format);
    }

    @GetMapping("/lot-number-formats")
    @PreAuthorize(Access.ANY_USER)
    List<LotNumberFormatDefinition> formats() {
        return lots.formats();
    }
}
