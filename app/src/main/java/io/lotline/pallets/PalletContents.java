package io.lotline.pallets;

import io.lotline.ledger.Balance;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What lies on a pallet: its own lots ({@code lots}) and the pallets packed on it ({@code pallets}), each with its
 * own contents; {@code packedOn} names the pallet this one is packed on, if any.
 */
public record PalletContents(String code, String packedOn, List<Balance> lots, List<PalletContents> pallets) {
    public PalletContents {
        lots = List.copyOf(lots);
        pallets = List.copyOf(pallets);
    }

    /** Every lot on this pallet and on every pallet inside it. */
    public List<Balance> allLots() {
        List<Balance> all = new ArrayList<>(lots);
        pallets.forEach(inner -> all.addAll(inner.allLots()));
        return all;
    }

    /** This pallet's code and the codes of every pallet inside it. */
    public Stream<String> allCodes() {
        return Stream.concat(Stream.of(code), pallets.stream().flatMap(PalletContents::allCodes));
    }

    public boolean empty() {
        return lots.isEmpty() && pallets.stream().allMatch(PalletContents::empty);
    }
}
