package io.lotline.ledger.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Wiring of checkpoints: the signing key and the directory, both outside the database (ADR 38). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CheckpointProperties.class)
class CheckpointConfiguration {

    @Bean
    CheckpointKey checkpointKey(CheckpointProperties properties) {
        return new CheckpointKey(properties.key());
    }

    @Bean
    CheckpointDirectory checkpointDirectory(CheckpointProperties properties, JsonMapper json) {
        return new CheckpointDirectory(properties.directory(), json);
    }
}
