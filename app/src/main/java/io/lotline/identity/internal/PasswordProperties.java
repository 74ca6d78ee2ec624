package io.lotline.identity.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** The shortest password a user may be given, under {@code lotline.security}; no password is longer than 128. */
@Validated
@ConfigurationProperties("lotline.security")
record PasswordProperties(@DefaultValue("12") @Positive @Max(128) int passwordMinLength) {
}
