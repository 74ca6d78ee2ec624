package io.lotline.gs1.internal;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.Item;
import io.lotline.gs1.Gs1;
import io.lotline.gs1.ScanInterpretation;
import io.lotline.gs1.ScanInterpretation.ItemMatch;
import io.lotline.gs1.ScanInterpretation.LotMatch;
import io.lotline.gs1.ScanInterpretation.PalletContent;
import io.lotline.gs1.ScanInterpretation.PalletMatch;
import io.lotline.gs1.ScanInterpretation.PlaceMatch;
import io.lotline.gs1.Scans;
import io.lotline.gs1.ScannedCode;
import io.lotline.ledger.Balance;
import io.lotline.lots.Lot;
import io.lotline.lots.Lots;
import io.lotline.pallets.PalletContents;
import io.lotline.pallets.Pallets;
import io.lotline.shared.Gln;
import io.lotline.shared.Gtin;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Unknown;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/**
 * Looks up what a scanned code names. A GS1 code is taken at its word: (01)/(02) the item, (10) the lot, which is
 * Lotline's number on Lotline's labels and the supplier's number on the supplier's (so both are looked up, for that
 * item), (00) the pallet with the pallets packed on it, (414) the site. Plain text is compared with lot numbers, supplier lots, pallet codes,
 * location codes and SKUs.
 */
@Service
class ScanInterpreter implements Scans {
    static final int MAX_LENGTH = 500;

    private final Catalog catalog;
    private final Lots lots;
    private final Pallets pallets;

    ScanInterpreter(Catalog catalog, Lots lots, Pallets pallets) {
        this.catalog = catalog;
        this.lots = lots;
        this.pallets = pallets;
    }

    /** Each look-up reads on its own: a code that names no lot must not spoil the look-up of its pallet. */
    @Override
    public ScanInterpretation interpret(String code) {
        if (code != null && code.length() > MAX_LENGTH) {
            throw new InvalidInput("code", code.substring(0, 40) + "...", "code-length",
                    "A scanned code has at most " + MAX_LENGTH + " characters");
        }
        ScannedCode read = Gs1.read(code);
        return read.gs1() ? gs1(read) : plain(read);
    }

    private ScanInterpretation gs1(ScannedCode read) {
        Optional<Item> item = read.value("01").or(() -> read.value("02"))
                .flatMap(gtin -> catalog.itemWithGtin(new Gtin(gtin)));
        List<Lot> found = read.value("10").map(lot -> lotsNamed(lot, item)).orElse(List.of());
        PalletMatch pallet = read.value("00").map(this::pallet).orElse(null);
        PlaceMatch place = read.value("414").flatMap(gln -> catalog.siteWithGln(new Gln(gln)))
                .map(site -> new PlaceMatch("site", site.code(), site.name())).orElse(null);
        return answer(read, item.orElse(null), found, read.value("10").orElse(null), pallet, place);
    }

    private ScanInterpretation plain(ScannedCode read) {
        String text = read.text();
        Optional<Item> item = found(() -> catalog.item(text));
        PalletMatch pallet = pallet(text);
        PlaceMatch place = found(() -> catalog.location(text))
                .map(location -> new PlaceMatch("location", location.code(), location.name())).orElse(null);
        return answer(read, item.orElse(null), lotsNamed(text, Optional.empty()), text, pallet, place);
    }

    /** Lotline's lot of that number and the lots received under that supplier lot, of the item when it is known. */
    private List<Lot> lotsNamed(String number, Optional<Item> item) {
        Map<Long, Lot> named = new LinkedHashMap<>();
        found(() -> lots.lot(number)).ifPresent(lot -> named.put(lot.id(), lot));
        lots.lotsOfSupplierLot(number).forEach(lot -> named.putIfAbsent(lot.id(), lot));
        return named.values().stream().filter(lot -> item.isEmpty() || lot.itemId() == item.get().id()).toList();
    }

    private PalletMatch pallet(String code) {
        Optional<PalletContents> contents = found(() -> pallets.contents(code));
        return contents.map(ScanInterpreter::match).orElse(null);
    }

    private static PalletMatch match(PalletContents pallet) {
        return new PalletMatch(pallet.code(), pallet.packedOn(), content(pallet.lots()),
                pallet.pallets().stream().map(ScanInterpreter::match).toList(), content(pallet.allLots()));
    }

    private static List<PalletContent> content(List<Balance> balances) {
        return balances.stream().map(balance -> new PalletContent(balance.lotNumber(), balance.sku(),
                balance.location(), balance.quantity().amount(), balance.quantity().unit().code())).toList();
    }

    private ScanInterpretation answer(ScannedCode read, Item item, List<Lot> found, String asked, PalletMatch pallet,
                                      PlaceMatch place) {
        List<LotMatch> matches = new ArrayList<>();
        for (Lot lot : found) {
            matches.add(new LotMatch(lot.number().value(), lot.sku(), lot.supplierLot(), supplier(lot),
                    lot.expiryDate(), lot.status().name(), lot.number().value().equals(asked)
                    ? "lot number" : "supplier lot"));
        }
        ItemMatch itemMatch = item == null ? null : new ItemMatch(item.sku(), item.description(),
                item.gtin() == null ? null : item.gtin().value());
        return ScanInterpretation.of(read, itemMatch, matches, pallet, place, question(asked, matches));
    }

    private String supplier(Lot lot) {
        return lot.supplierId() == null ? null : catalog.party(lot.supplierId()).code();
    }

    private static String question(String asked, List<LotMatch> matches) {
        if (matches.size() < 2) {
            return null;
        }
        List<String> candidates = matches.stream().map(lot -> lot.lotNumber() + " (" + lot.sku()
                + (lot.expiryDate() == null ? "" : ", expires " + lot.expiryDate()) + ", " + lot.status().toLowerCase()
                + ")").toList();
        return "'" + asked + "' names " + matches.size() + " lots: " + String.join(", ", candidates)
                + ". Which one is it?";
    }

    private static <T> Optional<T> found(Supplier<T> lookup) {
        try {
            return Optional.of(lookup.get());
        } catch (Unknown unknown) {
            return Optional.empty();
        }
    }
}
