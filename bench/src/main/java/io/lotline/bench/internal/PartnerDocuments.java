package io.lotline.bench.internal;

import java.util.SplittableRandom;
import java.util.UUID;

/**
 * EPCIS documents as a partner sends them: a third each receiving, transformation and shipping events of the
 * partner's lots at the partner's place, so that every event is checked and stored and none books Lotline's stock.
 */
final class PartnerDocuments {
    private PartnerDocuments() {
    }

    static String document(int events, SplittableRandom random) {
        String run = Long.toHexString(random.nextLong());
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < events; i++) {
            String lot = "urn:epc:class:lgtin:9521234.054321." + run + "-" + i;
            String place = "urn:epc:id:sgln:9521234.00001.P" + run;
            list.append(i == 0 ? "" : ",").append(switch (i % 3) {
                case 0 -> """
                        {"type": "ObjectEvent", "eventID": "urn:uuid:%s", "eventTime": "2025-03-04T09:00:00Z",
                         "eventTimeZoneOffset": "+00:00", "action": "OBSERVE", "bizStep": "receiving",
                         "disposition": "in_progress", "bizLocation": {"id": "%s"}, "epcList": [],
                         "quantityList": [{"epcClass": "%s", "quantity": 500, "uom": "KGM"}]}"""
                        .formatted(id(random), place, lot);
                case 1 -> """
                        {"type": "TransformationEvent", "eventID": "urn:uuid:%s", "eventTime": "2025-03-04T10:00:00Z",
                         "eventTimeZoneOffset": "+00:00", "bizStep": "commissioning", "disposition": "active",
                         "bizLocation": {"id": "%s"}, "transformationID": "urn:uuid:%s",
                         "inputQuantityList": [{"epcClass": "%s", "quantity": 38.5, "uom": "KGM"}],
                         "outputQuantityList": [{"epcClass": "%s-out", "quantity": 120, "uom": "H87"}]}"""
                        .formatted(id(random), place, id(random), lot, lot);
                default -> """
                        {"type": "ObjectEvent", "eventID": "urn:uuid:%s", "eventTime": "2025-03-04T11:00:00Z",
                         "eventTimeZoneOffset": "+00:00", "action": "OBSERVE", "bizStep": "shipping",
                         "disposition": "in_transit", "readPoint": {"id": "%s"}, "epcList": [],
                         "quantityList": [{"epcClass": "%s", "quantity": 100, "uom": "KGM"}]}"""
                        .formatted(id(random), place, lot);
            });
        }
        return """
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
                 "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2025-03-04T12:00:00Z",
                 "epcisBody": {"eventList": [%s]}}""".formatted(list);
    }

    private static UUID id(SplittableRandom random) {
        return new UUID(random.nextLong(), random.nextLong());
    }
}
