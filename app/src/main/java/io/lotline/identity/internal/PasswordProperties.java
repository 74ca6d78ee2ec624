package io.lotline.identity.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Passwords, under {@code lotline.security}: the shortest a user may be given (no password is longer than 128), and
 * the bcrypt strength new password hashes are written with (log2 of its rounds; each step doubles the work of every
 * sign-in and of every HTTP Basic request). A hash keeps the strength it was written with until it is set again.
 */
@Validated
@ConfigurationProperties("lotline.security")
record PasswordProperties(@DefaultValue("12") @Positive @Max(128) int passwordMinLength,
                          @DefaultValue("10") @Min(4) @Max(31) int bcryptStrength) {
}
