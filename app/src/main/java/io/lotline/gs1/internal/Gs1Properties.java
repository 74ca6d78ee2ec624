package io.lotline.gs1.internal;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/**
 * Under {@code lotline.gs1}: the site's GS1 company prefix (4-12 digits; empty until the site has one, and then no
 * SSCC is numbered) and the SSCC's extension digit.
 */
@Validated
@ConfigurationProperties("lotline.gs1")
record Gs1Properties(@DefaultValue("") @Pattern(regexp = "(\\d{4,12})?", message = "must be 4-12 digits or empty")
                     String companyPrefix,
                     @DefaultValue("0") @Pattern(regexp = "\\d", message = "must be one digit")
                     String ssccExtensionDigit) {

    /** Binds the GS1 settings once. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(Gs1Properties.class)
    static class Binding {
    }
}
