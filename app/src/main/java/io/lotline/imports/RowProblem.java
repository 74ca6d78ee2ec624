package io.lotline.imports;

/**
 * What is wrong with one row of a file: its line as a spreadsheet numbers it (the header is line 1), the column, the
 * value found there, the rule it breaks, and a message saying how to put it right.
 */
public record RowProblem(int line, String field, String value, String rule, String message) {
}
