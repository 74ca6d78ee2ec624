package io.lotline.gs1.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A company prefix or extension digit that could never number an SSCC stops the start instead of the first label. */
class Gs1PropertiesTest {
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Gs1Properties.Binding.class);

    @Test
    void without_settings_no_prefix_is_set_and_the_extension_digit_is_zero() {
        context.run(started -> assertThat(started.getBean(Gs1Properties.class))
                .isEqualTo(new Gs1Properties("", "0")));
    }

    @Test
    void a_prefix_of_letters_is_refused_at_start_naming_the_key() {
        context.withPropertyValues("lotline.gs1.company-prefix=40ab345").run(started ->
                assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContainingAll("lotline.gs1", "companyPrefix", "rejected value [40ab345]",
                                "must be 4-12 digits or empty"));
    }

    @Test
    void an_extension_digit_of_two_digits_is_refused_at_start_naming_the_key() {
        context.withPropertyValues("lotline.gs1.company-prefix=4012345", "lotline.gs1.sscc-extension-digit=12")
                .run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                        .hasMessageContainingAll("ssccExtensionDigit", "rejected value [12]", "must be one digit"));
    }
}
