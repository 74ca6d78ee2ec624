/**
 * How long the records of a lot are kept, and what happens at the end: retention rules per category and per law,
 * the report of which rule governs each lot and when its records may be archived, and the archive bundle of a
 * closed period that an auditor can verify without Lotline. Nothing is ever deleted from the ledger here.
 */
package io.lotline.retention;
