/**
 * What goes out to authorities, auditors and partners: the FDA FSMA 204 electronic sortable spreadsheet, the EU
 * one-step-back-one-step-forward report, PDF reports for auditors, and the plain formats (CSV) of traces.
 */
package io.lotline.exchange;
