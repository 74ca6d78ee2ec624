package io.lotline.ledger.internal;

import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/**
 * {@code lotline.picking.stock-memory.max-places}: how many places' stock the {@link StockCache} keeps between
 * allocations; 0 keeps none. The key keeps the name it had while allocation owned the cache.
 */
@Validated
@ConfigurationProperties("lotline.picking.stock-memory")
record StockCacheProperties(@DefaultValue("250000") @PositiveOrZero long maxPlaces) {

    /** Binds the setting once. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(StockCacheProperties.class)
    static class Binding {
    }
}
