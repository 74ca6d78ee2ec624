package io.lotline.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of the FDA FSMA 204 electronic sortable spreadsheet: a critical tracking event (receiving, shipping, or a
 * transformation input or output) of one traceability lot, with its key data elements. The traceability lot code
 * (TLC) of a received lot is the code its supplier assigned (kept verbatim), and the supplier is its TLC source; a
 * lot made here has the internal lot number as TLC and the site where it was made as TLC source.
 */
public record TraceabilityEvent(String eventId, String cte, String role, LocalDate eventDate, String tlc,
                                String productGtin, String productDescription, BigDecimal quantity, String unit,
                                Party tlcSource, Party previousSource, Party recipient, Party eventLocation,
                                String referenceDocumentType, String referenceDocumentNumber, String internalLot,
                                String sku) {

    /** The same event with its TLC source. */
    public TraceabilityEvent withTlcSource(Party source) {
        return new TraceabilityEvent(eventId, cte, role, eventDate, tlc, productGtin, productDescription, quantity,
                unit, source, previousSource, recipient, eventLocation, referenceDocumentType, referenceDocumentNumber,
                internalLot, sku);
    }

    /** A business or site as a location description: name, address, phone, GLN. */
    public record Party(String name, String street, String city, String region, String postalCode, String country,
                        String phone, String gln) {
        public String address() {
            StringBuilder text = new StringBuilder();
            for (String part : new String[] {street, postalCode, city, region, country}) {
                if (part != null && !part.isBlank()) {
                    text.append(text.isEmpty() ? "" : ", ").append(part);
                }
            }
            return text.toString();
        }
    }
}
