package io.lotline.expiry;

/**
 * Where an alert stands: open until someone acknowledges it, escalated when nobody did in time, acknowledged once
 * someone said what will be done with the lot.
 */
public enum AlertStatus { OPEN, ESCALATED, ACKNOWLEDGED }
