/**
 * Goods receipt: goods arrive from a supplier against a purchase order; each line becomes a lot with a globally
 * unique internal number (generated, or typed and checked), the supplier's lot kept verbatim, its dates and
 * certificates; short-dated goods are refused unless quality overrides with a reason.
 */
package io.lotline.receiving;
