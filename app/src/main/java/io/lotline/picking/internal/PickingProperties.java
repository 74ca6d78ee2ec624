package io.lotline.picking.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/**
 * What allocation keeps in memory, under {@code lotline.picking}: candidate lots' numbers and first arrivals
 * ({@code lot-memory.max-lots}) and places' stock between allocations ({@code stock-memory.max-places}); 0 keeps
 * none.
 */
@Validated
@ConfigurationProperties("lotline.picking")
record PickingProperties(@DefaultValue @Valid LotsKept lotMemory, @DefaultValue @Valid PlacesKept stockMemory) {

    record LotsKept(@DefaultValue("100000") @PositiveOrZero long maxLots) {
    }

    record PlacesKept(@DefaultValue("250000") @PositiveOrZero long maxPlaces) {
    }

    /** Binds the picking settings once. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PickingProperties.class)
    static class Binding {
    }
}
