package io.lotline.ui;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.InitialLotStatus;
import io.lotline.catalog.Item;
import io.lotline.catalog.NewItem;
import io.lotline.catalog.PickingStrategy;
import io.lotline.catalog.TrackingPolicy;
import io.lotline.shared.Gtin;
import io.lotline.shared.UnitOfMeasure;
import io.lotline.support.Floor;
import java.util.List;

/** Items of the screen tests: in KG, with a GTIN of their own so that their labels can be scanned. */
final class Labelled {
    private Labelled() {
    }

    static Item item(Catalog catalog, PickingStrategy strategy, InitialLotStatus initial) {
        String sku = "SCREEN-" + Floor.next();
        return catalog.registerItem(new NewItem(sku, gtin(), "Wheat flour type 550 " + sku, UnitOfMeasure.of("KG"),
                List.of(), TrackingPolicy.LOT, 365, null, strategy, null, null, initial, null, null));
    }

    /** A GTIN in a range no other test uses, check digit and all. */
    static Gtin gtin() {
        String digits = "0219" + String.format("%09d", Floor.next());
        int sum = 0;
        for (int i = digits.length() - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (digits.charAt(i) - '0') * weight;
        }
        return new Gtin(digits + (10 - sum % 10) % 10);
    }
}
