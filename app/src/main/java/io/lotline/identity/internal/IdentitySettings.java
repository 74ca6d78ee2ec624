package io.lotline.identity.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the identity module's settings once, where the application starts. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SignInProperties.class, TokenProperties.class, PasswordProperties.class,
        AdminProperties.class})
class IdentitySettings {
}
