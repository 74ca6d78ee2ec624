package io.lotline.imports.internal;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/** Under {@code lotline.imports}: the largest CSV or XLSX file an import accepts, in bytes. */
@Validated
@ConfigurationProperties("lotline.imports")
record ImportProperties(@DefaultValue("31457280") @Positive long maxBytes) {

    /** Binds the import settings once. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ImportProperties.class)
    static class Binding {
    }
}
