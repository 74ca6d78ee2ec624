package io.lotline.catalog;

/** The order in which lots leave the warehouse: first in, first expired, or last in. */
public enum PickingStrategy { FIFO, FEFO, LIFO }
