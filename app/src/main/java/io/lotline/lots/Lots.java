package io.lotline.lots;

import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registry of lots and their numbering formats. */
public interface Lots {

    /** Creates the lot; a missing number is generated, a given one is validated and must be new. */
    Lot register(NewLot lot);

    /**
     * Creates many lots at once, exactly as {@link #register} creates each: given numbers are checked, missing ones
     * are drawn from the same sequences, a block at a time. Answers their ids and numbers in the order given.
     */
    List<RegisteredLot> registerAll(List<NewLot> lots);

    /**
     * Checks, drawing nothing, that the formats of the lots to be numbered have numbers left for all of them today;
     * a refusal ({@code lot-sequence-exhausted}) names the first lot that would get none ({@code lots[i]}).
     */
    void checkNumbersLeft(List<NewLot> lots);

    /** Checks a number typed for a new lot of the item, without creating it: its item's format, and that it is new. */
    void checkNewNumber(long itemId, String number, NumberingContext context);

    Lot lot(String number);

    /** The lot with this number, if there is one: for callers to whom an unknown number is no failure. */
    Optional<Lot> lotWithNumber(String number);

    Lot lot(long id);

    List<Lot> lotsOfSupplierLot(String supplierLot);

    Page<Lot> lots(String sku, LotStatus status, PageRequest page);

    /** Lots of the item (or any), in the status (or any), carrying every one of {@code attributes} (name to value). */
    Page<Lot> lots(String sku, LotStatus status, Map<String, String> attributes, PageRequest page);

    /**
     * The ids of every lot carrying each of {@code attributes} (name to value, as corrected) that was registered, that
     * is received or produced, at or after {@code bornFrom} and before {@code bornBefore} (either may be {@code null}).
     */
    List<Long> idsOfLotsCarrying(Map<String, String> attributes, Instant bornFrom, Instant bornBefore);

    /** Records a status the ledger has just booked. */
    void applyStatus(long lotId, LotStatus status);

    /** Records that a recall holds the lot the ledger has just made RECALLED for it. */
    void holdForRecall(long lotId, String recallCode);

    /** Records a corrected attribute the ledger has just booked. */
    void applyCorrection(long lotId, LotAttribute attribute, String value);

    /** Records a corrected (or added) batch-policy attribute the ledger has just booked. */
    void applyBatchAttribute(long lotId, String name, String value);

    LotNumberFormatDefinition defineFormat(LotNumberFormatDefinition format);

    List<LotNumberFormatDefinition> formats();

    /** Dates are parsed from their ISO form; used when a correction carries a date as text. */
    static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }
}
