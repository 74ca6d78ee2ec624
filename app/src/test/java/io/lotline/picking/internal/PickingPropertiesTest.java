package io.lotline.picking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Allocation's memory limit is bound once, with its default; a negative limit stops the start. */
class PickingPropertiesTest {
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(PickingProperties.Binding.class);

    @Test
    void without_settings_allocation_keeps_the_documented_number_of_lots() {
        context.run(started ->
                assertThat(started.getBean(PickingProperties.class).lotMemory().maxLots()).isEqualTo(100_000));
    }

    @Test
    void zero_keeps_nothing_and_is_accepted() {
        context.withPropertyValues("lotline.picking.lot-memory.max-lots=0").run(started ->
                assertThat(started.getBean(PickingProperties.class).lotMemory().maxLots()).isZero());
    }

    @Test
    void a_negative_limit_is_refused_at_start_naming_the_key() {
        context.withPropertyValues("lotline.picking.lot-memory.max-lots=-1").run(started ->
                assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContainingAll("lotline.picking", "lotMemory.maxLots", "rejected value [-1]"));
    }
}
