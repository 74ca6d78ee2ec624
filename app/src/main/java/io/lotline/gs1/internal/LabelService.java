package io.lotline.gs1.internal;

import io.lotline.catalog.BatchPolicies;
import io.lotline.catalog.Catalog;
import io.lotline.catalog.ExpiryKind;
import io.lotline.catalog.Item;
import io.lotline.gs1.Label;
import io.lotline.gs1.LabelFormat;
import io.lotline.gs1.LabelKind;
import io.lotline.gs1.Labels;
import io.lotline.gs1.RenderedLabel;
import io.lotline.ledger.Balance;
import io.lotline.lots.Lot;
import io.lotline.ledger.Ledger;
import io.lotline.lots.Lots;
import io.lotline.pallets.PalletContents;
import io.lotline.pallets.Pallets;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Quantity;
import io.lotline.shared.Refused;
import io.lotline.shared.Sscc;
import io.lotline.shared.Unknown;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prints labels from what Lotline knows: the lot and its item (and the attributes its batch policy puts on labels),
 * what lies on a pallet, the pallets packed on it listed with their lots. SSCCs are numbered from the
 * configured GS1 company prefix ({@code lotline.gs1.company-prefix}) and extension digit.
 */
@Service
class LabelService implements Labels {
    private final Catalog catalog;
    private final BatchPolicies policies;
    private final Lots lots;
    private final Ledger ledger;
    private final Pallets pallets;
    private final SsccSerials serials;
    private final String companyPrefix;
    private final String extensionDigit;

    LabelService(Catalog catalog, BatchPolicies policies, Lots lots, Ledger ledger, Pallets pallets,
                 SsccSerials serials, Gs1Properties settings) {
        this.catalog = catalog;
        this.policies = policies;
        this.lots = lots;
        this.ledger = ledger;
        this.pallets = pallets;
        this.serials = serials;
        this.companyPrefix = settings.companyPrefix();
        this.extensionDigit = settings.ssccExtensionDigit();
    }

    @Override
    public RenderedLabel lotLabel(String lotNumber, LabelKind kind, BigDecimal quantity, LabelFormat format) {
        Lot lot = lots.lot(lotNumber);
        Item item = catalog.item(lot.itemId());
        if (item.gtin() == null) {
            throw new Refused("lotNumber", lotNumber, "label-needs-gtin", "Item " + item.sku()
                    + " has no GTIN; a GS1 label names the trade item by its GTIN");
        }
        if (kind == LabelKind.PALLET || (kind == LabelKind.CASE && quantity == null)) {
            throw new InvalidInput(kind == LabelKind.PALLET ? "kind" : "quantity", kind == LabelKind.PALLET ? kind
                    : null, "label-kind", "A lot label is LOT or CASE; a case label says its content");
        }
        Quantity content = quantity != null ? Quantity.of(quantity, item.baseUnit()).requirePositive("quantity")
                : ledger.balances(lot.id()).stream().map(Balance::quantity)
                .reduce(Quantity.of(BigDecimal.ZERO, item.baseUnit()), Quantity::plus);
        Label label = LabelComposer.lot(kind, item.description(), item.sku(), item.gtin().value(),
                lot.number().value(), lot.expiryDate(), item.expiryKind() == ExpiryKind.BEST_BEFORE, content,
                printedAttributes(lot));
        return rendered(kind.name().toLowerCase() + "-" + lotNumber, label, format);
    }

    /** The attributes the lot's policy version prints on its labels, in the policy's order, where the lot has them. */
    private List<String> printedAttributes(Lot lot) {
        if (lot.batchPolicyId() == null) {
            return List.of();
        }
        return policies.version(lot.batchPolicyId()).attributes().stream()
                .filter(a -> a.onLabel() && lot.attributes().containsKey(a.name()))
                .map(a -> a.asPrinted(lot.attributes().get(a.name()))).toList();
    }

    @Override
    public RenderedLabel palletLabel(String sscc, LabelFormat format) {
        String code = new Sscc(sscc).value();
        PalletContents packed = packed(code);
        List<Balance> contents = packed.lots();
        boolean oneLot = packed.pallets().isEmpty() && !contents.isEmpty()
                && contents.stream().map(Balance::lotNumber).distinct().count() == 1;
        Label label;
        if (oneLot) {
            Lot lot = lots.lot(contents.get(0).lotNumber());
            Item item = catalog.item(lot.itemId());
            Quantity total = contents.stream().map(Balance::quantity).reduce(Quantity::plus).orElseThrow();
            label = LabelComposer.pallet(code, item.description(), item.gtin() == null ? null : item.gtin().value(),
                    lot.number().value(), lot.expiryDate(), item.expiryKind() == ExpiryKind.BEST_BEFORE, total,
                    printedAttributes(lot));
        } else if (!packed.pallets().isEmpty()) {
            label = LabelComposer.pallet(code, "Pallet of pallets", null, null, null, false, null,
                    PalletLines.of(packed));
        } else {
            label = LabelComposer.pallet(code, contents.isEmpty() ? "Pallet" : "Mixed pallet", null, null, null,
                    false, null, List.of());
        }
        return rendered("pallet-" + code, label, format);
    }

    /** What is on the pallet, pallets packed on it included; an SSCC not known yet carries nothing. */
    private PalletContents packed(String code) {
        try {
            return pallets.contents(code);
        } catch (Unknown notYetKnown) {
            return new PalletContents(code, null, List.of(), List.of());
        }
    }

    @Override
    @Transactional
    public String nextSscc() {
        if (companyPrefix.isEmpty()) {
            throw new Refused("lotline.gs1.company-prefix", companyPrefix, "gs1-company-prefix-configured",
                    "SSCCs are numbered from the GS1 company prefix (4-12 digits) and extension digit set in "
                            + "lotline.gs1.company-prefix and lotline.gs1.sscc-extension-digit");
        }
        int serialDigits = 16 - companyPrefix.length();
        long serial = serials.next(companyPrefix);
        if (serial >= Math.pow(10, serialDigits)) {
            throw new Refused("lotline.gs1.company-prefix", companyPrefix, "sscc-serials-left",
                    "All " + serialDigits + "-digit serial references of company prefix " + companyPrefix
                            + " are used");
        }
        String body = extensionDigit + companyPrefix + String.format("%0" + serialDigits + "d", serial);
        return body + Linters.checkDigit(body);
    }

    private static RenderedLabel rendered(String name, Label label, LabelFormat format) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return format == LabelFormat.PDF
                ? new RenderedLabel(safe + ".pdf", format, PdfLabels.render(label))
                : new RenderedLabel(safe + ".zpl", format, ZplLabels.render(label));
    }
}
