package io.lotline.epcis.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;

/**
 * Under {@code lotline.epcis}: whether captured events naming products, parties or locations Lotline does not know
 * are refused ({@code strict}) or kept with provisional master data for review. The capture's size limit is the web
 * layer's ({@code max-capture-bytes}).
 */
@ConfigurationProperties("lotline.epcis")
record EpcisProperties(@DefaultValue("false") boolean strict) {

    /** Binds the EPCIS settings once. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EpcisProperties.class)
    static class Binding {
    }
}
