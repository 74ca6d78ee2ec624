package io.lotline.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The stock cache's limit keeps its key and default; zero keeps nothing, a negative limit stops the start. */
class StockCachePropertiesTest {
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(StockCacheProperties.Binding.class);

    @Test
    void without_settings_the_cache_keeps_the_documented_number_of_places() {
        context.run(started ->
                assertThat(started.getBean(StockCacheProperties.class).maxPlaces()).isEqualTo(250_000));
    }

    @Test
    void zero_keeps_nothing_and_is_accepted() {
        context.withPropertyValues("lotline.picking.stock-memory.max-places=0").run(started ->
                assertThat(started.getBean(StockCacheProperties.class).maxPlaces()).isZero());
    }

    @Test
    void a_negative_limit_is_refused_at_start_naming_the_key() {
        context.withPropertyValues("lotline.picking.stock-memory.max-places=-1").run(started ->
                assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContainingAll("lotline.picking.stock-memory", "maxPlaces", "rejected value [-1]"));
    }
}
