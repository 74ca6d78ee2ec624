/**
 * The benchmark ({@code java -jar lotline-bench.jar}, a Maven module beside the application): builds a seeded,
 * realistic supply network into the configured database — suppliers and raw lots, production orders with recipes of
 * several inputs, intermediate and finished lots, splits onto pallets, shipments to customers, with transfers, scrap
 * and counts — through the ledger's bulk path, so every entry is chained and every balance kept. Then it measures
 * what a quality manager and an auditor wait for: traces of three genealogy shapes (discrete pharma, commingled
 * food, a super-node such as a salt lot), the same traces done the way peer systems do them (one query per lot), and
 * the batched ingest rate. It ends by re-verifying the audit chain and the balances against the entries, and writes
 * the figures with the machine facts.
 */
package io.lotline.bench;
