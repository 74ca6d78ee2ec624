package io.lotline.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * One application for the sign-in tests: throttling in minutes on a {@link ShiftedClock} the tests move, a minimum
 * password length of 14, and the API description behind sign-in as in production.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@TestPropertySource(properties = {"lotline.sign-in.delays=1m,2m", "lotline.sign-in.lock-duration=1h",
        "lotline.sign-in.account.free-failures=2", "lotline.sign-in.account.lock-after=5",
        "test.sign-in.address.free-failures=3", "test.sign-in.address.lock-after=50",
        "lotline.security.password-min-length=14", "lotline.api-docs.public=false"})
@Import(SignInSettings.Clocks.class)
public @interface SignInSettings {

    @TestConfiguration(proxyBeanMethods = false)
    class Clocks {
        @Bean
        @Primary
        ShiftedClock shiftedClock() {
            return new ShiftedClock();
        }
    }
}
