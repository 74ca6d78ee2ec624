package io.lotline.sample.internal;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Under {@code lotline.sample-data}: whether the sample bakery is loaded into an empty database at start, and the
 * password of its users.
 */
@Validated
@ConfigurationProperties("lotline.sample-data")
record SampleDataProperties(@DefaultValue("false") boolean enabled,
                            @DefaultValue("lotline-sample") @NotBlank String password) {
}
