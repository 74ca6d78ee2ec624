package io.lotline.quality.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Under {@code lotline.quality}: whether opening a non-conformance holds its lots unless the request says otherwise. */
@ConfigurationProperties("lotline.quality")
record QualityProperties(@DefaultValue("true") boolean nonconformanceHoldsLots) {
}
