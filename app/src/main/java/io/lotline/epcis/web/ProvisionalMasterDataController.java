package io.lotline.epcis.web;

import io.lotline.epcis.Epcis;
import io.lotline.epcis.ProvisionalIdentifier;
import io.lotline.identity.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The identifiers partners' events named that Lotline does not know, for master data to review: each leaves the
 * list once an item, party or site with its GS1 key is registered.
 */
@RestController
@RequestMapping("/api/v1/master-data")
@Tag(name = "EPCIS")
class ProvisionalMasterDataController {
    private final Epcis epcis;

    ProvisionalMasterDataController(Epcis epcis) {
        this.epcis = epcis;
    }

    @GetMapping("/provisional")
    @PreAuthorize(Access.MASTER_DATA)
    @Operation(summary = "Products, parties and locations captured events named that Lotline does not know yet")
    List<ProvisionalIdentifier> provisional() {
        return epcis.provisional();
    }
}
