package io.lotline.catalog;

/** How closely an item is followed: not at all, by lot, or by lot and by each unit's serial number. */
public enum TrackingPolicy {
    UNTRACKED, LOT, LOT_AND_SERIAL;

    public boolean serials() { return this == LOT_AND_SERIAL; }
}
