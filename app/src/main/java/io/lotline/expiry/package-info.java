/**
 * Expiry alerting: warnings early enough to sell, mark down or dispose of stock before its date. Rules per item or
 * per category name several thresholds (90, 30, 7 days before expiry), each with its recipients (roles, e-mail
 * addresses, webhooks) and an escalation when nobody acknowledges in time; critical items escalate sooner. A sweep,
 * scheduled and on demand, raises one alert per lot and level for lots with stock on hand, escalates what was
 * ignored, and blocks lots past their date by booking the status EXPIRED through the ledger. Notifications leave
 * after the sweep's transaction commits; every attempt is written into the alert's history.
 */
package io.lotline.expiry;
