package io.lotline.identity;

/** A token just issued, with its secret: the only time the secret is shown. Lotline keeps only its SHA-256. */
public record IssuedApiToken(String secret, ApiToken token) {
}
