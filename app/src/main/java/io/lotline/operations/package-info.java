/**
 * Running Lotline's data safely: the embedded H2 database keeps every acknowledged booking through a crash, an
 * administrator takes an online backup of it, and {@code copy-database} moves its data, ledger and hash chain
 * unchanged, to PostgreSQL when the plant outgrows it.
 */
package io.lotline.operations;
