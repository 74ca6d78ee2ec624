package io.lotline.catalog;

/**
 * A place where stock lies: a rack slot, a floor lane, a cold room. Locations nest (aisle, then bay); only pickable
 * locations feed orders; stock in a quarantine area waits for quality.
 */
public record Location(long id, String code, String name, String warehouse, String site, String parent,
                       boolean pickable, boolean quarantine) {
}
