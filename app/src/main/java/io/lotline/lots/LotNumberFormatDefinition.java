package io.lotline.lots;

import io.lotline.shared.Code;
import io.lotline.shared.FreeText;

/** A named lot number format, e.g. code BAKERY with pattern {@code B{YY}{JJJ}-{SEQ:3}}. */
public record LotNumberFormatDefinition(@Code String code, @Code String pattern, @FreeText String description,
                                        boolean isDefault) {
}
