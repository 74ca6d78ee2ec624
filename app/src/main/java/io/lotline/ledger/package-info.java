/**
 * The append-only lot ledger, the only writer of stock. Every fact is an entry (receipt, transfer, issue to
 * production, output, shipment, return, scrap, count adjustment, status change, correction) with lot, exact quantity,
 * places, references, reason, actor, business time and record time. Balances per lot, location and pallet are kept
 * in the same transaction and never go negative. Entries are never changed: a mistake is corrected by a new entry
 * that references the original. Each entry is chained to the previous one by a SHA-256 hash, so any alteration
 * behind the application's back is found by {@link io.lotline.ledger.Ledger#verify()}.
 */
package io.lotline.ledger;
