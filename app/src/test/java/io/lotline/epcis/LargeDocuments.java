package io.lotline.epcis;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Writes large EPCIS documents straight to a file, never holding them: observations of a partner's lots at a
 * partner's place, each carrying a day of a data logger's temperature readings (one every 75 seconds), the sensor
 * data that makes partners' documents large: about 100 KB an event.
 */
final class LargeDocuments {
    static final int READINGS = 1152;

    private LargeDocuments() {
    }

    /** A JSON-LD document of at least {@code bytes} bytes; answers how many events it holds. */
    static int write(Path file, long bytes) throws IOException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        int events = 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("""
                    {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
                     "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2025-03-04T12:00:00Z",
                     "epcisBody": {"eventList": [""");
            long written = 0;
            while (written < bytes) {
                String event = event(run, events);
                out.write(events == 0 ? event : "," + event);
                written += event.length() + 1;
                events++;
            }
            out.write("]}}");
        }
        return events;
    }

    private static String event(String run, int i) {
        StringBuilder readings = new StringBuilder();
        for (int r = 0; r < READINGS; r++) {
            readings.append(r == 0 ? "" : ",").append("""
                    {"type": "Temperature", "value": %d.%d, "uom": "CEL", "time": "2025-03-04T%02d:%02d:%02dZ"}"""
                    .formatted(3 + r % 3, r % 10, r * 75 / 3600, r * 75 % 3600 / 60, r * 75 % 60));
        }
        return """
                {"type": "ObjectEvent", "eventID": "urn:uuid:%s", "eventTime": "2025-03-04T23:59:00Z",
                 "eventTimeZoneOffset": "+00:00", "action": "OBSERVE", "bizStep": "storing",
                 "disposition": "in_progress", "readPoint": {"id": "urn:epc:id:sgln:9521234.00001.R%s"},
                 "epcList": [], "quantityList": [{"epcClass": "urn:epc:class:lgtin:9521234.054321.%s-%d",
                 "quantity": 500, "uom": "KGM"}],
                 "sensorElementList": [{"sensorMetadata": {"deviceID": "urn:epc:id:giai:9521234.%d"},
                 "sensorReport": [%s]}]}""".formatted(UUID.randomUUID(), run, run, i, i, readings);
    }
}
