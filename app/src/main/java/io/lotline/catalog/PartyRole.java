package io.lotline.catalog;

/** Whether a trading partner sends goods to us or receives them from us. */
public enum PartyRole { SUPPLIER, CUSTOMER }
