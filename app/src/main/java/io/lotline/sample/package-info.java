/**
 * A small bakery to look at: suppliers, raw lots, quarantine and release, movements, a count, a shipment and a
 * correction, loaded through the same capabilities a user would call, so its history is chained like any other.
 */
package io.lotline.sample;
