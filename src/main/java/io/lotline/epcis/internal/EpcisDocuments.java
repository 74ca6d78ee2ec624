package io.lotline.epcis.internal;

import io.lotline.epcis.DocumentFormat;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Reads a captured document of either format into its events, refusing one that is not EPCIS 2.0. */
class EpcisDocuments {
    private final JsonDocuments json = new JsonDocuments();
    private final XmlDocuments xml = new XmlDocuments(json.mapper());

    List<CapturedEvent> read(byte[] document, DocumentFormat format) {
        return format == DocumentFormat.XML ? xml.read(document) : json.read(document);
    }

    JsonMapper mapper() {
        return json.mapper();
    }
}
