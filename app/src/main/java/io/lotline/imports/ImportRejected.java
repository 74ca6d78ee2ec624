package io.lotline.imports;

import io.lotline.shared.Refused;
import java.util.List;

/** A file with at least one bad row: nothing of it was written; every bad row is listed with line, field and rule. */
public class ImportRejected extends Refused {
    private final List<RowProblem> problems;

    public ImportRejected(long importId, String file, int rows, List<RowProblem> problems) {
        super("file", file, "every-row-valid", problems.size() + " of " + rows + " rows of " + file
                + " break a rule (first: line " + problems.get(0).line() + ", " + problems.get(0).field() + ": "
                + problems.get(0).message() + "); nothing was imported");
        withDetail("importId", importId);
        this.problems = List.copyOf(problems);
        withDetail("errors", this.problems);
    }

    /** Every bad row, in the order of the file. */
    public List<RowProblem> problems() {
        return problems;
    }
}
