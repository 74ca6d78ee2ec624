/**
 * Picking: customer orders and the stock they get. Lots are allocated by the item's strategy (FIFO, FEFO, LIFO) under
 * named eligibility rules (released, not expired on the ship date, the customer's minimum remaining shelf life,
 * pickable locations, a requested lot), reserved so that two orders never take the same stock, listed for the
 * handheld in walking order with the reason for every lot, confirmed by scanning the pallet or the lot label, and
 * shipped to the customer through the ledger.
 */
package io.lotline.picking;
