/**
 * Import: master data (items, categories, parties, sites, locations) and opening stock from the system a company is
 * leaving, as CSV or XLSX. A template per kind; a dry run that names every bad row's line, field, value and rule;
 * then an all-or-nothing import, opening stock booked in the ledger as receipts with the reason OPENING_BALANCE; one
 * file of a kind is imported once, however often it is sent.
 */
package io.lotline.imports;
