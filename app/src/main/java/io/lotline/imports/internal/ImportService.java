package io.lotline.imports.internal;

import io.lotline.identity.CurrentActor;
import io.lotline.imports.ImportFile;
import io.lotline.imports.ImportKind;
import io.lotline.imports.ImportRecord;
import io.lotline.imports.ImportRejected;
import io.lotline.imports.ImportReport;
import io.lotline.imports.ImportStatus;
import io.lotline.imports.Imports;
import io.lotline.imports.RowProblem;
import io.lotline.imports.SheetFormat;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.lotline.shared.Unknown;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs imports. A file is read whole, then its rows are checked and written in one transaction: every bad row is
 * collected, and any bad row rolls everything back. A dry run does the same and always rolls back. The import's
 * record is written beside it in transactions of its own ({@link ImportProgress}).
 */
@Service
class ImportService implements Imports {
    private final MasterDataImport masterData;
    private final OpeningStock openingStock;
    private final OpeningBalances openingBalances;
    private final ImportRecords records;
    private final ImportProgress progress;
    private final TransactionTemplate transactions;
    private final CurrentActor actor;
    private final Clock clock;
    private final long maxBytes;

    ImportService(MasterDataImport masterData, OpeningStock openingStock, OpeningBalances openingBalances,
                  ImportRecords records, ImportProgress progress, PlatformTransactionManager transactionManager,
                  CurrentActor actor, Clock clock, ImportProperties settings) {
        this.masterData = masterData;
        this.openingStock = openingStock;
        this.openingBalances = openingBalances;
        this.records = records;
        this.progress = progress;
        this.transactions = new TransactionTemplate(transactionManager);
        this.actor = actor;
        this.clock = clock;
        this.maxBytes = settings.maxBytes();
    }

    @Override
    public ImportReport dryRun(ImportKind kind, ImportFile file) {
        Table table = read(file);
        List<RowProblem> problems = new ArrayList<>();
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            write(kind, table, file, problems, status, Progress.NONE, true);
        });
        String sha256 = file.sha256();
        return ImportReport.of(kind, file, sha256, table.rows().size(), problems,
                records.settled(kind, sha256).map(ImportRecord::id).orElse(null));
    }

    @Override
    public ImportRecord run(ImportKind kind, ImportFile file) {
        String sha256 = file.sha256();
        Optional<ImportRecord> earlier = records.settled(kind, sha256);
        if (earlier.isPresent()) {
            return earlier.get().asRepeat();
        }
        Table table = read(file);
        long id;
        try {
            id = progress.start(kind, file.name(), sha256, table.rows().size(), actor.current().username());
        } catch (DuplicateKeyException sameFileAtTheSameMoment) {
            return records.settled(kind, sha256).map(ImportRecord::asRepeat).orElseThrow(() -> sameFileAtTheSameMoment);
        }
        List<RowProblem> problems = new ArrayList<>();
        try {
            transactions.executeWithoutResult(status -> {
                int created = write(kind, table, file, problems, status, (at, rows) -> progress.advance(id, at, rows),
                        false);
                if (problems.isEmpty()) {
                    records.finish(id, created, clock.instant());
                } else {
                    status.setRollbackOnly();
                }
            });
        } catch (RuntimeException failed) {
            progress.fail(id, ImportStatus.FAILED, 0, failed.getMessage());
            throw failed;
        }
        if (!problems.isEmpty()) {
            progress.fail(id, ImportStatus.REJECTED, problems.size(), problems.get(0).message());
            throw new ImportRejected(id, file.name(), table.rows().size(), problems);
        }
        return record(id);
    }

    /** Checks every row and, where no row is bad and this is no dry run, writes them; answers what it created. */
    private int write(ImportKind kind, Table table, ImportFile file, List<RowProblem> problems,
                      TransactionStatus status, Progress at, boolean dryRun) {
        if (kind != ImportKind.OPENING_STOCK) {
            return masterData.register(MasterDataKinds.of(kind), table, problems, status, at);
        }
        Header header = Header.check(table.header(), OpeningStock.COLUMNS, OpeningStock.ATTRIBUTE, problems);
        if (!problems.isEmpty()) {
            return 0;
        }
        List<StockLot> stock = openingStock.check(table, header, problems, at);
        if (!problems.isEmpty() || dryRun) {
            return 0;
        }
        return openingBalances.book(stock, file.name(), at);
    }

    private Table read(ImportFile file) {
        if (file.bytes().length > maxBytes) {
            throw new InvalidInput("file", file.bytes().length + " bytes", "max-file-size",
                    "An import file has at most " + maxBytes + " bytes; split it into several files");
        }
        return Sheets.read(file);
    }

    @Override
    public ImportRecord record(long id) {
        return records.byId(id).orElseThrow(() -> new Unknown("import", "id", id));
    }

    @Override
    public Page<ImportRecord> records(PageRequest page) {
        return records.page(page);
    }

    @Override
    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public byte[] template(ImportKind kind, SheetFormat format) {
        List<Column> columns = kind == ImportKind.OPENING_STOCK ? OpeningStock.TEMPLATE
                : MasterDataKinds.of(kind).columns();
        return format == SheetFormat.CSV ? Templates.csv(columns) : Templates.xlsx(kind.path(), columns);
    }
}
