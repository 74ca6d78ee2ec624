/**
 * Lot identity: the globally unique internal lot number (generated from a format or typed and checked against it),
 * the supplier's own lot number kept verbatim, the lot's dates and certificates, its current status, and the
 * corrected attributes. Only the ledger changes a lot's status or attributes, always through an entry.
 */
package io.lotline.lots;
