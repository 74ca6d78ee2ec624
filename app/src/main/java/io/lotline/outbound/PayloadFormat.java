package io.lotline.outbound;

/**
 * What a subscriber receives for each event: Lotline's own JSON (the entry as the API shows it), or an EPCIS 2.0
 * JSON-LD document of one event, for partners whose systems speak EPCIS. Signature, retries and log are the same.
 */
public enum PayloadFormat { LOTLINE_JSON, EPCIS_JSON_LD }
