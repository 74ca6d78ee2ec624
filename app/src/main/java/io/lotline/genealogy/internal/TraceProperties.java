package io.lotline.genealogy.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/**
 * How traces are answered, under {@code lotline.trace}: {@code engine} {@code index} walks the in-memory lot graph
 * and keeps traced lots' facts in memory ({@code cache.max-lots} of them; 0: max heap / 2 KB), {@code sql} reads
 * both from the database on every trace.
 */
@Validated
@ConfigurationProperties("lotline.trace")
record TraceProperties(@DefaultValue("index") @Pattern(regexp = "index|sql") String engine,
                       @DefaultValue @Valid Cache cache) {

    record Cache(@DefaultValue("0") @PositiveOrZero long maxLots) {
    }

    /** Whether traces walk the in-memory index and keep facts in memory. */
    boolean indexed() {
        return !"sql".equals(engine);
    }

    /** Binds the trace settings once. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(TraceProperties.class)
    static class Binding {
    }
}
