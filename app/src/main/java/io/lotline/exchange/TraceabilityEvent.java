package io.lotline.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One row of the FDA FSMA 204 electronic sortable spreadsheet: a critical tracking event (receiving, shipping, or a
 * transformation input or output) of one traceability lot, with its key data elements. The traceability lot code
 * (TLC) of a received lot is the code its supplier printed (kept verbatim) and its source is the supplier, or the
 * source the receipt named (a farm whose lot a distributor delivered) with its reference (GLN, FFRN or URL); a lot
 * received without a supplier code, and a lot made here, has the internal lot number as TLC and the site as source,
 * and {@code tlcAssignedBy} says so. Rows of one transformation share its event id. For EU 931/2011 a receipt also
 * carries the day the supplier dispatched it and the owner (consignor) when the goods came on someone's behalf, and a
 * shipment the owner (consignee) when the goods went to the customer on someone else's behalf. The lot's attributes
 * from its batch policy (origin, harvest or landing day, cooling, catch area) are the further key data elements.
 * Harvesting, cooling, initial packing and first land-based receiving come from captured EPCIS events, with their
 * own key data elements in {@code origin}.
 */
public record TraceabilityEvent(String eventId, String cte, String role, LocalDate eventDate, String tlc,
                                String tlcAssignedBy, String productGtin, String productDescription,
                                BigDecimal quantity, String unit, Party tlcSource, String tlcSourceReferenceType,
                                String tlcSourceReference, Party previousSource, Party recipient, Party eventLocation,
                                String referenceDocumentType, String referenceDocumentNumber, String internalLot,
                                String sku, LocalDate dispatchedOn, Party consignor,
                                Party consignee, Map<String, String> lotAttributes, Origin origin) {
    public TraceabilityEvent {
        lotAttributes = lotAttributes == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(lotAttributes));
    }

    public static final String BY_SUPPLIER = "Immediate supplier";
    public static final String BY_SOURCE_NAMED_AT_RECEIPT = "TLC source named at receipt";
    public static final String BY_RECEIVER = "Receiver, 21 CFR 1.1345(b)";
    public static final String BY_TRANSFORMER = "Transformer, 21 CFR 1.1320";

    /** The same event with its TLC source and the source's GLN as reference. */
    public TraceabilityEvent withTlcSource(Party source) {
        return new TraceabilityEvent(eventId, cte, role, eventDate, tlc, tlcAssignedBy, productGtin,
                productDescription, quantity, unit, source, source == null || source.gln() == null ? null : "GLN",
                source == null ? null : source.gln(), previousSource, recipient, eventLocation, referenceDocumentType,
                referenceDocumentNumber, internalLot, sku, dispatchedOn, consignor, consignee, lotAttributes, origin);
    }

    /** The same event with the attributes its lot carries. */
    public TraceabilityEvent withLotAttributes(Map<String, String> attributes) {
        return new TraceabilityEvent(eventId, cte, role, eventDate, tlc, tlcAssignedBy, productGtin,
                productDescription, quantity, unit, tlcSource, tlcSourceReferenceType, tlcSourceReference,
                previousSource, recipient, eventLocation, referenceDocumentType, referenceDocumentNumber, internalLot,
                sku, dispatchedOn, consignor, consignee, attributes, origin);
    }

    /** The same event as part of the transformation event {@code id}. */
    public TraceabilityEvent withEventId(String id) {
        return new TraceabilityEvent(id, cte, role, eventDate, tlc, tlcAssignedBy, productGtin, productDescription,
                quantity, unit, tlcSource, tlcSourceReferenceType, tlcSourceReference, previousSource, recipient,
                eventLocation, referenceDocumentType, referenceDocumentNumber, internalLot, sku, dispatchedOn,
                consignor, consignee, lotAttributes, origin);
    }

    /**
     * The key data elements of harvesting, cooling and first land-based receiving (21 CFR 1.1325 to 1.1335): where
     * and when the food was harvested (for a catch: the trip's dates, the vessel and the catch area), cooled and
     * landed. Places are GS1 identifiers as the events named them.
     */
    public record Origin(String harvestLocation, LocalDate harvestDate, LocalDate harvestEndDate,
                         String coolingLocation, LocalDate coolingDate, LocalDate landingDate, String vesselName,
                         String vesselId, String catchArea) {
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
