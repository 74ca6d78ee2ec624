package io.lotline.picking.web;

import io.lotline.identity.Access;
import io.lotline.picking.CustomerRequirements;
import io.lotline.picking.CustomerShelfLife;
import io.lotline.picking.ShelfLifeMinimum;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The minimum remaining shelf life each customer accepts, in general and per item. Master data. */
@RestController
@RequestMapping("/api/v1/customers/{customer}/shelf-life-requirements")
@Tag(name = "Picking")
class CustomerRequirementsController {
    private final CustomerRequirements requirements;

    CustomerRequirementsController(CustomerRequirements requirements) {
        this.requirements = requirements;
    }

    @GetMapping
    @PreAuthorize(Access.ANY_USER)
    CustomerShelfLife shelfLife(@PathVariable String customer) {
        return requirements.shelfLife(customer);
    }

    @PutMapping
    @PreAuthorize(Access.MASTER_DATA)
    CustomerShelfLife require(@PathVariable String customer, @RequestBody @Valid ShelfLifeMinimum minimum) {
        return requirements.requireShelfLife(customer, minimum);
    }

    @PutMapping("/{sku}")
    @PreAuthorize(Access.MASTER_DATA)
    CustomerShelfLife requireForItem(@PathVariable String customer, @PathVariable String sku,
                                     @RequestBody @Valid ShelfLifeMinimum minimum) {
        return requirements.requireShelfLife(customer, sku, minimum);
    }
}
