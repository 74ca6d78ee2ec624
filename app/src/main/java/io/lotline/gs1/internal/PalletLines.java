package io.lotline.gs1.internal;

import io.lotline.ledger.Balance;
import io.lotline.pallets.PalletContents;
import java.util.ArrayList;
import java.util.List;

/** The text lines of a pallet-of-pallets label: each pallet packed on it, indented by depth, with its lots. */
final class PalletLines {
    private PalletLines() {
    }

    static List<String> of(PalletContents pallet) {
        List<String> lines = new ArrayList<>();
        pallet.lots().forEach(lot -> lines.add(lot(lot, "")));
        pallet.pallets().forEach(inner -> add(inner, "", lines));
        return lines;
    }

    private static void add(PalletContents pallet, String indent, List<String> lines) {
        lines.add(indent + "Pallet " + pallet.code());
        pallet.lots().forEach(lot -> lines.add(lot(lot, indent + "  ")));
        pallet.pallets().forEach(inner -> add(inner, indent + "  ", lines));
    }

    private static String lot(Balance lot, String indent) {
        return indent + "Lot " + lot.lotNumber() + "  " + lot.sku() + "  " + lot.quantity();
    }
}
