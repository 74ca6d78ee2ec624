package io.lotline.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first admin's password, under {@code lotline.admin}: used only when the database has no user yet; empty, one
 * is generated and printed once.
 */
@ConfigurationProperties("lotline.admin")
record AdminProperties(@DefaultValue("") String password) {
}
