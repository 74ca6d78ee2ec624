package io.lotline.catalog;

/** The status a newly received lot of an item starts in: held in quarantine until quality releases it, or released. */
public enum InitialLotStatus { QUARANTINE, RELEASED }
