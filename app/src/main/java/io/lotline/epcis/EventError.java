package io.lotline.epcis;

/**
 * One thing wrong with a captured document: the event it is in (its index in the event list and its event id, both
 * absent for the document's header), where in the document, and the rule it breaks.
 */
public record EventError(Integer index, String eventID, String path, String message) {
}
