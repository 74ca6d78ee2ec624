package io.lotline.catalog;

/** Use-by dates are about safety (never sell after); best-before dates are about quality. */
public enum ExpiryKind { USE_BY, BEST_BEFORE }
