package io.lotline.lots;

import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The registry of lots and their numbering formats. */
public interface Lots {

    /** Creates the lot; a missing number is generated, a given one is validated and must be new. */
    Lot register(NewLot lot);

    Lot lot(String number);

    /** The lot with this number, if there is one: for callers to whom an unknown number is no failure. */
    Optional<Lot> lotWithNumber(String number);

    Lot lot(long id);

    List<Lot> lotsOfSupplierLot(String supplierLot);

    Page<Lot> lots(String sku, LotStatus status, PageRequest page);

    /** Records a status the ledger has just booked. */
    void applyStatus(long lotId, LotStatus status);

    /** Records that a recall holds the lot the ledger has just made RECALLED for it. */
    void holdForRecall(long lotId, String recallCode);

    /** Records a corrected attribute the ledger has just booked. */
    void applyCorrection(long lotId, LotAttribute attribute, String value);

    LotNumberFormatDefinition defineFormat(LotNumberFormatDefinition format);

    List<LotNumberFormatDefinition> formats();

    /** Dates are parsed from their ISO form; used when a correction carries a date as text. */
    static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }
}
