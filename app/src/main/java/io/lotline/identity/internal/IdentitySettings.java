package io.lotline.identity.internal;

import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Binds the identity module's settings once, where the application starts, and hashes passwords with them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SignInProperties.class, TokenProperties.class, PasswordProperties.class,
        AdminProperties.class})
class IdentitySettings {

    /** Hashes stored as {@code {bcrypt}$2a$NN$…}, as they always were; the strength only applies to new hashes. */
    @Bean
    PasswordEncoder passwordEncoder(PasswordProperties passwords) {
        return new DelegatingPasswordEncoder("bcrypt",
                Map.of("bcrypt", new BCryptPasswordEncoder(passwords.bcryptStrength())));
    }
}
