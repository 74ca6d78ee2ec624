package io.lotline.quality.internal;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Under {@code lotline.documents}: the largest certificate or document accepted, in bytes. */
@Validated
@ConfigurationProperties("lotline.documents")
record DocumentProperties(@DefaultValue("10485760") @Positive long maxBytes) {
}
