package io.lotline.catalog.web;

import io.lotline.catalog.BatchPolicies;
import io.lotline.catalog.BatchPolicy;
import io.lotline.catalog.DefineBatchPolicy;
import io.lotline.identity.Access;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Batch policies of categories and of items that override them. A PUT records a new version with its reason and
 * answers it; the GETs answer the current version and the history.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Catalog")
class BatchPolicyController {
    private final BatchPolicies policies;

    BatchPolicyController(BatchPolicies policies) {
        this.policies = policies;
    }

    @PutMapping("/categories/{code}/policy")
    @PreAuthorize(Access.MASTER_DATA)
    BatchPolicy defineForCategory(@PathVariable String code, @RequestBody @Valid DefineBatchPolicy policy) {
        return policies.defineForCategory(code, policy);
    }

    @GetMapping("/categories/{code}/policy")
    @PreAuthorize(Access.ANY_USER)
    BatchPolicy ofCategory(@PathVariable String code) {
        return policies.ofCategory(code);
    }

    @GetMapping("/categories/{code}/policy/history")
    @PreAuthorize(Access.ANY_USER)
    List<BatchPolicy> historyOfCategory(@PathVariable String code) {
        return policies.historyOfCategory(code);
    }

    @PutMapping("/items/{sku}/policy")
    @PreAuthorize(Access.MASTER_DATA)
    BatchPolicy defineForItem(@PathVariable String sku, @RequestBody @Valid DefineBatchPolicy policy) {
        return policies.defineForItem(sku, policy);
    }

    /** The policy the item's lots are born under now: its own, else its category's. */
    @GetMapping("/items/{sku}/policy")
    @PreAuthorize(Access.ANY_USER)
    BatchPolicy ofItem(@PathVariable String sku) {
        return policies.ofItem(sku);
    }

    @GetMapping("/items/{sku}/policy/history")
    @PreAuthorize(Access.ANY_USER)
    List<BatchPolicy> historyOfItem(@PathVariable String sku) {
        return policies.historyOfItem(sku);
    }
}
