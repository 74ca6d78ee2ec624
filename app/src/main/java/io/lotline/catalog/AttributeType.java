package io.lotline.catalog;

/**
 * What a lot attribute holds: free text (a catch area, a vessel), a number in a unit (potency in PCT), a date (the
 * harvest day), one of a list (an allergen), an ISO 3166 alpha-2 country (the origin), or a document's reference
 * (the organic certificate).
 */
public enum AttributeType { TEXT, NUMBER, DATE, CHOICE, COUNTRY, DOCUMENT }
