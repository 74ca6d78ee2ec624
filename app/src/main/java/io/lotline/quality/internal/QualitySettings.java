package io.lotline.quality.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the quality module's settings once, where the application starts. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({QualityProperties.class, DocumentProperties.class})
class QualitySettings {
}
