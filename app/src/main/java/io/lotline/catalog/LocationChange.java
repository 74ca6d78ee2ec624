package io.lotline.catalog;

import io.lotline.shared.FreeText;

/**
 * What may change of a registered location: its name and whether it feeds orders. Its warehouse, its place inside
 * another location and whether it is a quarantine area stay: stock was moved in and out of it under those rules.
 */
public record LocationChange(@FreeText String name, boolean pickable) {
    public LocationChange {
        name = Codes.text("name", name, 200, false);
    }

    public static LocationChange of(Location location) {
        return new LocationChange(location.name(), location.pickable());
    }
}
