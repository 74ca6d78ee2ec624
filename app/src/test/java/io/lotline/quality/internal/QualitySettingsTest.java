package io.lotline.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The quality settings keep their keys and defaults, and a document limit that admits nothing stops the start. */
class QualitySettingsTest {
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(QualitySettings.class);

    @Test
    void without_settings_a_nonconformance_holds_its_lots_and_documents_may_have_ten_mebibytes() {
        context.run(started -> {
            assertThat(started.getBean(QualityProperties.class).nonconformanceHoldsLots()).isTrue();
            assertThat(started.getBean(DocumentProperties.class).maxBytes()).isEqualTo(10 * 1024 * 1024);
        });
    }

    @Test
    void the_keys_keep_their_names() {
        context.withPropertyValues("lotline.quality.nonconformance-holds-lots=false",
                "lotline.documents.max-bytes=2048").run(started -> {
                    assertThat(started.getBean(QualityProperties.class).nonconformanceHoldsLots()).isFalse();
                    assertThat(started.getBean(DocumentProperties.class).maxBytes()).isEqualTo(2048);
                });
    }

    @Test
    void a_document_limit_of_no_bytes_is_refused_at_start_naming_the_key() {
        context.withPropertyValues("lotline.documents.max-bytes=0").run(started ->
                assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContainingAll("lotline.documents", "maxBytes", "rejected value [0]",
                                "must be greater than 0"));
    }

    @Test
    void a_yes_or_no_that_is_neither_is_refused_at_start_naming_the_key() {
        context.withPropertyValues("lotline.quality.nonconformance-holds-lots=perhaps").run(started ->
                assertThat(started).hasFailed().getFailure()
                        .hasStackTraceContaining("lotline.quality.nonconformance-holds-lots")
                        .hasStackTraceContaining("perhaps"));
    }
}
