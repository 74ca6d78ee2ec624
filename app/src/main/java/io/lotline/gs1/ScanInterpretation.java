package io.lotline.gs1;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a scanned code means in Lotline: its GS1 elements, and what it names here: the item (by GTIN or SKU), the
 * lots (by Lotline's lot number or by the supplier's lot on the supplier's label), the pallet with what lies on it
 * (by SSCC or licence plate) and the place (a site by GLN, a location by code). Any of them may be missing; more than
 * one lot means the code is ambiguous, and {@link #question()} asks which one.
 */
public record ScanInterpretation(String code, ScanForm form, String symbology, List<Element> elements,
                                 List<String> notes, ItemMatch item, List<LotMatch> lots, PalletMatch pallet,
                                 PlaceMatch place, boolean ambiguous, String question, boolean matchesNothing) {
    public ScanInterpretation {
        elements = List.copyOf(elements);
        notes = List.copyOf(notes);
        lots = List.copyOf(lots);
    }

    /**
     * What the read code names. Several lots make it ambiguous (a supplier lot received twice): the operator must
     * choose, and the question says between which.
     */
    public static ScanInterpretation of(ScannedCode read, ItemMatch item, List<LotMatch> lots, PalletMatch pallet,
                                        PlaceMatch place, String question) {
        return new ScanInterpretation(read.code(), read.form(), read.symbology(), read.elements(), read.notes(), item,
                lots, pallet, place, lots.size() > 1, question,
                item == null && lots.isEmpty() && pallet == null && place == null);
    }

    public record ItemMatch(String sku, String description, String gtin) {
    }

    /** A lot the code names, and how: {@code lot number} or {@code supplier lot}. */
    public record LotMatch(String lotNumber, String sku, String supplierLot, String supplier, LocalDate expiryDate,
                           String status, String matchedBy) {
    }

    /**
     * A pallet and what lies on it: its own lots ({@code contents}), the pallets packed on it ({@code pallets}, each
     * with theirs), and every lot on it at any depth ({@code allContents}); {@code packedOn} names its outer pallet.
     */
    public record PalletMatch(String code, String packedOn, List<PalletContent> contents, List<PalletMatch> pallets,
                              List<PalletContent> allContents) {
        public PalletMatch {
            contents = List.copyOf(contents);
            pallets = List.copyOf(pallets);
            allContents = List.copyOf(allContents);
        }
    }

    public record PalletContent(String lotNumber, String sku, String location, BigDecimal quantity, String unit) {
    }

    /** A site (by GLN) or a location (by code). */
    public record PlaceMatch(String kind, String code, String name) {
    }
}
