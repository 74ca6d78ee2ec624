package io.lotline.imports.internal;

import io.lotline.catalog.Catalog;
import io.lotline.imports.ImportStatus;
import io.lotline.imports.RowProblem;
import io.lotline.shared.LotlineException;
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;

/**
 * Registers master data row by row through the catalog, in the caller's transaction, so that each row meets exactly
 * the rules the API applies and a row may name one registered above it (a location inside a parent). A row the
 * catalog refuses is rolled back to the savepoint before it and reported; the rows after it are still checked.
 */
@Component
class MasterDataImport {
    private final Catalog catalog;

    MasterDataImport(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Answers how many records the rows registered. */
    int register(MasterDataKind kind, Table table, List<RowProblem> problems, TransactionStatus status,
                 Progress progress) {
        Header header = Header.check(table.header(), kind.columns(), problems);
        if (!problems.isEmpty()) {
            return 0;
        }
        int registered = 0;
        int done = 0;
        for (Table.Row row : table.rows()) {
            RowCells cells = new RowCells(header, row, problems, kind::columnOf);
            Object savepoint = status.createSavepoint();
            try {
                kind.registration().register(cells, catalog);
                status.releaseSavepoint(savepoint);
                registered += cells.clean() ? 1 : 0;
            } catch (LotlineException refused) {
                status.rollbackToSavepoint(savepoint);
                cells.refused(refused, kind.columns().get(0).name());
            } catch (DataAccessException refused) {
                status.rollbackToSavepoint(savepoint);
                cells.problem(kind.columns().get(0).name(), cells.text(kind.columns().get(0).name()), "database",
                        "The database refused the row: " + refused.getMostSpecificCause().getMessage());
            }
            if (++done % 500 == 0) {
                progress.at(ImportStatus.CHECKING, done);
            }
        }
        return registered;
    }
}
