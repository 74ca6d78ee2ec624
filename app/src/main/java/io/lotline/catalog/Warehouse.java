package io.lotline.catalog;

/** A building or area of a site that holds locations. */
public record Warehouse(long id, String code, String name, String site) {
}
