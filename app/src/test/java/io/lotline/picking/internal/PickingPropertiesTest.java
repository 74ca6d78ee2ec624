package io.lotline.picking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Allocation's memory limits are bound once, with their defaults; a negative limit stops the start. */
class PickingPropertiesTest {
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(PickingProperties.Binding.class);

    @Test
    void without_settings_allocation_keeps_the_documented_numbers_of_lots_and_places() {
        context.run(started -> {
            PickingProperties settings = started.getBean(PickingProperties.class);
            assertThat(settings.lotMemory().maxLots()).isEqualTo(100_000);
            assertThat(settings.stockMemory().maxPlaces()).isEqualTo(250_000);
        });
    }

    @Test
    void zero_keeps_nothing_and_is_accepted() {
        context.withPropertyValues("lotline.picking.stock-memory.max-places=0").run(started ->
                assertThat(started.getBean(PickingProperties.class).stockMemory().maxPlaces()).isZero());
    }

    @Test
    void a_negative_limit_is_refused_at_start_naming_the_key() {
        context.withPropertyValues("lotline.picking.lot-memory.max-lots=-1").run(started ->
                assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContainingAll("lotline.picking", "lotMemory.maxLots", "rejected value [-1]"));
    }
}
