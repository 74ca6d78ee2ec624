package io.lotline.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The body limits keep their keys and defaults; a negative limit stops the start. */
class BodyLimitsTest {
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(BodyLimits.Binding.class);

    @Test
    void without_settings_a_body_may_have_one_mebibyte_and_an_epcis_capture_two_hundred_fifty_six() {
        context.run(started -> {
            BodyLimits limits = started.getBean(BodyLimits.class);
            assertThat(limits.api().maxBodyBytes()).isEqualTo(1024 * 1024);
            assertThat(limits.epcis().maxCaptureBytes()).isEqualTo(256L * 1024 * 1024);
        });
    }

    @Test
    void a_negative_capture_limit_is_refused_at_start_naming_the_key() {
        context.withPropertyValues("lotline.epcis.max-capture-bytes=-1", "lotline.epcis.strict=true").run(started ->
                assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContainingAll("epcis.maxCaptureBytes", "rejected value [-1]",
                                "must be greater than 0"));
    }
}
