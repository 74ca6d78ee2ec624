package io.lotline.expiry.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Wiring of expiry alerting: its settings and the scheduler that runs the sweep. Alerts reach their listener after
 * commit through Spring Modulith's event publication registry (ADR 8).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(ExpiryProperties.class)
class ExpiryConfiguration {
}
