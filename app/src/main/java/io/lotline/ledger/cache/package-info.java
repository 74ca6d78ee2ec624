/**
 * Copies of lot data that other capabilities keep in memory and that bookings make stale: dropped lot by lot when a
 * transaction that booked entries on the lot ends. Part of the ledger's API, apart from its plain-Java types because
 * it hooks into the transaction.
 */
@NamedInterface("cache")
package io.lotline.ledger.cache;

import org.springframework.modulith.NamedInterface;
