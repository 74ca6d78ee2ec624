package io.lotline.epcis;

/**
 * One page of a query: the EPCIS query document (JSON-LD) holding the matching events, and the token of the next
 * page, absent on the last one.
 */
public record QueryResult(String document, int events, String nextPageToken) {
}
