package io.lotline.lots;

/** A named lot number format, e.g. code BAKERY with pattern {@code B{YY}{JJJ}-{SEQ:3}}. */
public record LotNumberFormatDefinition(String code, String pattern, String description, boolean isDefault) {
}
