/**
 * Typesetting of the printable reports (trace, recall report, recall notice): A4 pages in an embedded Unicode font,
 * so Polish, Czech, Greek and Turkish names print as they are written. Used by the exports, recalls and GS1 labels.
 */
package io.lotline.pdf;
