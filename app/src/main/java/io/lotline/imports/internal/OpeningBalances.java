package io.lotline.imports.internal;

import io.lotline.catalog.Catalog;
import io.lotline.imports.ImportStatus;
import io.lotline.ledger.BulkAppend;
import io.lotline.ledger.Posting;
import io.lotline.ledger.References;
import io.lotline.lots.Lots;
import io.lotline.lots.NewLot;
import io.lotline.lots.RegisteredLot;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Books checked opening stock in the caller's transaction: each lot is registered with a number from the lot
 * allocator (or the number the file gives), and each place it lies in becomes a receipt entry in the ledger with
 * the reason OPENING_BALANCE and the file and line it came from. Lots go in chunks, each registered and appended
 * in bulk, and the import's progress moves after each chunk.
 */
@Component
class OpeningBalances {
    static final String REASON = "OPENING_BALANCE";
    private static final int CHUNK_ROWS = 5_000;

    private final Catalog catalog;
    private final Lots lots;
    private final BulkAppend ledger;
    private final Clock clock;

    OpeningBalances(Catalog catalog, Lots lots, BulkAppend ledger, Clock clock) {
        this.catalog = catalog;
        this.lots = lots;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Answers how many lots were created. */
    int book(List<StockLot> stock, String file, Progress progress) {
        Chunk chunk = new Chunk(file, LocalDate.now(clock), new MasterDataLookups(catalog), new HashMap<>());
        int rowsDone = 0;
        for (StockLot lot : stock) {
            chunk.lots.add(lot);
            chunk.rows += lot.places().size();
            if (chunk.rows >= CHUNK_ROWS) {
                rowsDone += book(chunk);
                progress.at(ImportStatus.BOOKING, rowsDone);
            }
        }
        book(chunk);
        return stock.size();
    }

    private int book(Chunk chunk) {
        int rows = chunk.rows;
        if (chunk.lots.isEmpty()) {
            return rows;
        }
        List<RegisteredLot> registered = lots.registerAll(chunk.lots.stream().map(chunk::newLot).toList());
        chunk.registerPallets();
        List<List<Posting>> commands = new ArrayList<>(chunk.lots.size());
        for (int i = 0; i < chunk.lots.size(); i++) {
            StockLot lot = chunk.lots.get(i);
            long lotId = registered.get(i).id();
            commands.add(lot.places().stream().map(place -> chunk.posting(lot, lotId, place)).toList());
        }
        ledger.append(commands);
        chunk.lots.clear();
        chunk.rows = 0;
        return rows;
    }

    private final class Chunk {
        private final String file;
        private final LocalDate day;
        private final MasterDataLookups lookups;
        private final Map<String, Long> pallets;
        private final List<StockLot> lots = new ArrayList<>();
        private int rows;

        Chunk(String file, LocalDate day, MasterDataLookups lookups, Map<String, Long> pallets) {
            this.file = file;
            this.day = day;
            this.lookups = lookups;
            this.pallets = pallets;
        }

        NewLot newLot(StockLot lot) {
            return lot.newLot(day, lookups.plantCode(lot.places().get(0).location()));
        }

        /** Registers the chunk's pallets not known yet, all at once. */
        void registerPallets() {
            List<String> codes = lots.stream().flatMap(lot -> lot.places().stream()).map(StockLot.Place::pallet)
                    .filter(code -> code != null && !pallets.containsKey(code)).distinct().toList();
            if (!codes.isEmpty()) {
                catalog.containersFor(codes).forEach((code, container) -> pallets.put(code, container.id()));
            }
        }

        Posting posting(StockLot lot, long lotId, StockLot.Place place) {
            long pallet = place.pallet() == null ? 0 : pallets.get(place.pallet());
            String note = "Opening balance imported from " + file + ", line " + place.line();
            return Posting.receipt(lotId, lot.item().id(), place.quantity(), place.baseQuantity(),
                    new Posting.PlaceIds(place.location().id(), pallet), lot.supplierId(), References.NONE, null)
                    .withReason(REASON).withNote(note.length() <= 500 ? note : note.substring(0, 500));
        }
    }
}
