package io.lotline.picking;

/**
 * Where one pick stands. Reserved: allocated, the stock is held for the order. Picked: confirmed by scan, the
 * quantity picked stays held until it ships. Shipped: booked to the customer. Released: given back, by a short pick,
 * a cancellation or a shipment without it. Substituted: the operator took equally ranked stock instead, recorded as
 * a new pick.
 */
public enum PickStatus { RESERVED, PICKED, SHIPPED, RELEASED, SUBSTITUTED }
