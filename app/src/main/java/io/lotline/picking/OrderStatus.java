package io.lotline.picking;

/** Where a customer order stands: open for allocation and picking, shipped, or cancelled before it shipped. */
public enum OrderStatus { OPEN, SHIPPED, CANCELLED }
