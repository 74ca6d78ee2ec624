package io.lotline.catalog;

/** A group of items sharing a default picking strategy (dairy: FEFO; packaging: FIFO). */
public record Category(long id, String code, String name, PickingStrategy pickingStrategy) {
}
