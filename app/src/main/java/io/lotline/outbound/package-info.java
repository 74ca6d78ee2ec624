/**
 * Outbound events: partners and other systems subscribe to what happens to lots (bookings, status changes, recalls),
 * filtered by event type, business step, item or lot, and receive each event once by signed webhook. Events are
 * written to an outbox in the booking's own transaction, so none is lost by a crash and none is sent for a booking
 * that was rolled back; deliveries are retried with back-off and logged.
 */
package io.lotline.outbound;
