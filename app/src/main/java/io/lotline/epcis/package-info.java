/**
 * EPCIS 2.0, the supply chain's own language for what happened to which goods, when, where and why. Partners and
 * production systems capture EPCIS documents (JSON-LD or XML), checked against the official schemas and kept
 * append-only, one row per event, idempotent by event id; quality and compliance query the events back as EPCIS
 * query documents.
 */
package io.lotline.epcis;
