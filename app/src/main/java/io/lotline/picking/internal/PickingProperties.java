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
 * ({@code lot-memory.max-lots}); 0 keeps none. The places' stock ({@code stock-memory.max-places}) is the ledger's
 * stock cache and bound there.
 */
@Validated
@ConfigurationProperties("lotline.picking")
record PickingProperties(@DefaultValue @Valid LotsKept lotMemory) {

    record LotsKept(@DefaultValue("100000") @PositiveOrZero long maxLots) {
    }

    /** Binds the picking settings once. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PickingProperties.class)
    static class Binding {
    }
}
