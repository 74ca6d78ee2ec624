package io.lotline.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link PageRequest} parameter of an endpoint: how many rows a page holds when the request does not say
 * ({@code size}). Without it a page holds {@value PageRequest#DEFAULT_SIZE}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface PageSize {
    int value();
}
