package io.lotline.receiving;

import io.lotline.lots.LotStatus;
import io.lotline.shared.Quantity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The receipt as booked: the lot each line became, its status and where it lies. */
public record GoodsReceived(String receiptId, String supplier, String purchaseOrder, List<ReceivedLot> lots) {
    public GoodsReceived {
        lots = List.copyOf(lots);
    }

    /** One received line. */
    public record ReceivedLot(String lotNumber, String sku, String supplierLot, Quantity quantity,
                              Quantity baseQuantity, String location, String pallet, LotStatus status,
                              LocalDate productionDate, LocalDate expiryDate, long entryId,
                              String shelfLifeOverride, Map<String, String> attributes) {
    }
}
