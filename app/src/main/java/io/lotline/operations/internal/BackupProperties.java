package io.lotline.operations.internal;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/** Under {@code lotline.backup}: the directory the embedded database's online backups are written to. */
@Validated
@ConfigurationProperties("lotline.backup")
record BackupProperties(@DefaultValue("./backups") @NotNull Path directory) {

    /** Binds the backup settings once. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(BackupProperties.class)
    static class Binding {
    }
}
