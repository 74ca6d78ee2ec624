package io.lotline.genealogy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The trace engine is named once; a name that is neither engine stops the start instead of meaning the index. */
class TracePropertiesTest {
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(TraceProperties.Binding.class);

    @Test
    void without_settings_traces_walk_the_index_with_a_cache_sized_from_the_heap() {
        context.run(started -> {
            TraceProperties settings = started.getBean(TraceProperties.class);
            assertThat(settings.indexed()).isTrue();
            assertThat(settings.cache().maxLots()).isZero();
        });
    }

    @Test
    void the_sql_engine_reads_from_the_database() {
        context.withPropertyValues("lotline.trace.engine=sql").run(started ->
                assertThat(started.getBean(TraceProperties.class).indexed()).isFalse());
    }

    @Test
    void an_unknown_engine_is_refused_at_start_naming_the_key() {
        context.withPropertyValues("lotline.trace.engine=graph").run(started ->
                assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContainingAll("lotline.trace", "engine", "rejected value [graph]"));
    }
}
