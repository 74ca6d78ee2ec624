package io.lotline.picking.domain;

import java.time.LocalDate;

/**
 * What an order line asks of the stock it gets: the day it ships, the customer and their minimum remaining shelf
 * life in days (0 when they ask for none), and the lot it names, if any.
 */
public record LineRules(LocalDate shipDate, String customer, int minimumShelfLifeDays, String requestedLot) {
    public LineRules {
        if (shipDate == null || customer == null) {
            throw new IllegalArgumentException("An order line ships on a day to a customer");
        }
    }
}
