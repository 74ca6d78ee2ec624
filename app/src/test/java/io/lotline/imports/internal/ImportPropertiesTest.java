package io.lotline.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The import size limit keeps its key and default; a limit that admits no file stops the start. */
class ImportPropertiesTest {
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(ImportProperties.Binding.class);

    @Test
    void without_settings_a_file_may_have_thirty_mebibytes() {
        context.run(started -> assertThat(started.getBean(ImportProperties.class).maxBytes())
                .isEqualTo(30 * 1024 * 1024));
    }

    @Test
    void a_limit_that_is_not_a_number_is_refused_at_start_naming_the_key() {
        context.withPropertyValues("lotline.imports.max-bytes=30MB").run(started ->
                assertThat(started).hasFailed().getFailure()
                        .hasStackTraceContaining("lotline.imports.max-bytes").hasStackTraceContaining("30MB"));
    }
}
