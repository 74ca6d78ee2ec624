package io.lotline.imports.internal;

import io.lotline.catalog.CaptureStage;
import io.lotline.catalog.Item;
import io.lotline.catalog.Location;
import io.lotline.lots.LotOrigin;
import io.lotline.lots.LotStatus;
import io.lotline.lots.NewLot;
import io.lotline.lots.NumberingContext;
import io.lotline.shared.LotNumber;
import io.lotline.shared.Quantity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One lot of opening stock as the file describes it: what it is, the numbers and dates it carries, its status, its
 * attributes by name, and the places it lies in, one row of the file each.
 */
record StockLot(Item item, String lotNumber, String supplierLot, Long supplierId, LocalDate productionDate,
                LocalDate expiryDate, LotStatus status, Map<String, String> attributes, List<Place> places) {

    /** A quantity of the lot at a location, on a pallet or not: one row of the file. */
    record Place(int line, Quantity quantity, Quantity baseQuantity, Location location, String pallet) {
    }

    /**
     * The lot to register, numbered in the context of the day and of the site where its first place is; its
     * attributes are checked as a receipt's are, for opening stock arrives as received.
     */
    NewLot newLot(LocalDate day, String plantCode) {
        return new NewLot(item.id(), lotNumber == null ? null : new LotNumber(lotNumber), LotOrigin.RECEIPT,
                supplierLot, supplierId, null, productionDate, expiryDate, status, List.of(),
                new NumberingContext(day, item.lotCode(), plantCode, null, null), attributes, CaptureStage.RECEIPT, null);
    }

    int firstLine() {
        return places.get(0).line();
    }

    static StockLot of(Item item, String lotNumber, String supplierLot, Long supplierId, LocalDate productionDate,
                       LocalDate expiryDate, LotStatus status, Map<String, String> attributes, Place first) {
        List<Place> places = new ArrayList<>();
        places.add(first);
        return new StockLot(item, lotNumber, supplierLot, supplierId, productionDate, expiryDate, status, attributes,
                places);
    }
}
