package io.lotline.ledger.internal;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lotline.ledger.checkpoints}: the directory checkpoints are written to, the key file that signs them
 * (generated on first use), and how often the head is signed ({@code 0} switches the schedule off).
 */
@ConfigurationProperties("lotline.ledger.checkpoints")
record CheckpointProperties(@DefaultValue("./checkpoints") Path directory,
                            @DefaultValue("./checkpoint-key/ledger-checkpoint.pem") Path key,
                            @DefaultValue("1h") Duration interval) {
}
