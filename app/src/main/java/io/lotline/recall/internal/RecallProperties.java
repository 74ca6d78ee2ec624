package io.lotline.recall.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Under {@code lotline.recall}: the sender of recall notices ({@code mail.from}). */
@Validated
@ConfigurationProperties("lotline.recall")
record RecallProperties(@DefaultValue @Valid Mail mail) {

    record Mail(@DefaultValue("lotline@localhost") @NotBlank String from) {
    }
}
