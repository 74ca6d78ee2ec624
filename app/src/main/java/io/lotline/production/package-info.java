/**
 * Making lots from lots: production orders that consume input lots and yield output lots (several outputs and
 * by-products per run, yield against plan), splits of a lot onto new lots (relabel, repack, sub-lots) and merges of
 * several lots into one (a silo, a tank). Every booking goes through the ledger and writes the genealogy edges in
 * the same transaction.
 */
package io.lotline.production;
