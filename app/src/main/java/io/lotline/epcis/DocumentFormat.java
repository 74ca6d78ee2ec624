package io.lotline.epcis;

/** The two encodings of an EPCIS 2.0 document: JSON-LD and XML. */
public enum DocumentFormat { JSON, XML }
