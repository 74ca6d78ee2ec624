package io.lotline.configuration.internal;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application, in the zone ({@code lotline.zone}) the site's business days are counted in. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClockSettings.ZoneProperties.class)
class ClockSettings {

    @Bean
    Clock clock(ZoneProperties settings) {
        return Clock.system(settings.zone());
    }

    /** Under {@code lotline}: {@code zone}, such as {@code Europe/Berlin}; a zone Java does not know stops the start. */
    @ConfigurationProperties("lotline")
    record ZoneProperties(@DefaultValue("UTC") ZoneId zone) {
    }
}
