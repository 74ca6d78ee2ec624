package io.lotline.lots.web;

import io.lotline.identity.Access;
import io.lotline.lots.Lot;
import io.lotline.lots.LotNumberFormatDefinition;
import io.lotline.lots.LotStatus;
import io.lotline.lots.Lots;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.lotline.shared.InvalidInput;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.util.MultiValueMap;
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
    private static final String ATTRIBUTE = "attribute.";
    private static final int MAX_ATTRIBUTES = 10;

    private final Lots lots;

    LotsController(Lots lots) {
        this.lots = lots;
    }

    /** Lots by item, status and attributes: {@code ?attribute.origin=PE&attribute.allergen=milk} asks for both. */
    @GetMapping("/lots")
    @PreAuthorize(Access.ANY_USER)
    @Parameter(name = "attribute.{name}", in = ParameterIn.QUERY, example = "PE", description = "Only lots whose "
            + "batch-policy attribute {name} has this value (as corrected), e.g. attribute.origin=PE; up to 10")
    Page<Lot> lots(@RequestParam(required = false) String sku, @RequestParam(required = false) LotStatus status,
                   PageRequest page,
                   @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        return lots.lots(sku, status, attributes(parameters), page);
    }

    private static Map<String, String> attributes(MultiValueMap<String, String> parameters) {
        Map<String, String> attributes = new TreeMap<>();
        parameters.forEach((name, values) -> {
            if (!name.startsWith(ATTRIBUTE)) {
                return;
            }
            if (values.size() != 1 || values.get(0).isBlank()) {
                throw new InvalidInput(name, values, "one-value", "Ask for one value of each attribute");
            }
            attributes.put(name.substring(ATTRIBUTE.length()), values.get(0));
        });
        if (attributes.size() > MAX_ATTRIBUTES) {
            throw new InvalidInput(ATTRIBUTE + "*", attributes.size(), "attribute-count",
                    "Ask for at most " + MAX_ATTRIBUTES + " attributes at once");
        }
        return attributes;
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
