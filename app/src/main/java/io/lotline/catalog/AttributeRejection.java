package io.lotline.catalog;

/** Why a lot attribute's value was refused: the attribute, the value, the rule it broke and the reason in words. */
public record AttributeRejection(String attribute, String value, String rule, String reason) {
}
