/**
 * Pallets packed onto pallets: a mixed pallet of cases, a pallet of pallets. Packing and unpacking are recorded
 * facts (who, when, under which idempotency key), kept append-only; what is packed where now follows from them. An
 * outer pallet is scanned, moved and shipped as a whole, with everything on the pallets inside it.
 */
package io.lotline.pallets;
