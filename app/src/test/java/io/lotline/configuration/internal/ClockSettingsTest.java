package io.lotline.configuration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The clock counts business days in the configured zone; a zone that does not exist stops the start. */
class ClockSettingsTest {
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(ClockSettings.class);

    @Test
    void without_settings_the_clock_is_in_utc() {
        context.run(started -> assertThat(started.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("UTC")));
    }

    @Test
    void the_clock_is_in_the_zone_of_the_site() {
        context.withPropertyValues("lotline.zone=Europe/Berlin").run(started ->
                assertThat(started.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Europe/Berlin")));
    }

    @Test
    void a_zone_that_does_not_exist_is_refused_at_start_naming_the_key_and_the_value() {
        context.withPropertyValues("lotline.zone=Europe/Atlantis").run(started ->
                assertThat(started).hasFailed().getFailure()
                        .hasStackTraceContaining("lotline.zone").hasStackTraceContaining("Europe/Atlantis"));
    }
}
