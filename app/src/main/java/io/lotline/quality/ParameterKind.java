package io.lotline.quality;

/** A measured number within limits, a text that must read as expected, or a pass/fail check. */
public enum ParameterKind { NUMERIC, TEXT, PASS_FAIL }
