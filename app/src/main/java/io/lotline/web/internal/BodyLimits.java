package io.lotline.web.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/**
 * The largest request bodies, in bytes: {@code lotline.api.max-body-bytes} for the API's JSON and
 * {@code lotline.epcis.max-capture-bytes} for EPCIS capture, as partners' documents are larger than any other request.
 */
@Validated
@ConfigurationProperties("lotline")
record BodyLimits(@DefaultValue @Valid Api api, @DefaultValue @Valid Epcis epcis) {

    record Api(@DefaultValue("1048576") @Positive long maxBodyBytes) {
    }

    record Epcis(@DefaultValue("268435456") @Positive long maxCaptureBytes) {
    }

    /** Binds the body limits once. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(BodyLimits.class)
    static class Binding {
    }
}
