package io.lotline.epcis.internal;

import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an EPCIS 2.0 XML document event by event as the XSD passes it. Each event keeps its XML, in canonical form,
 * and gets a JSON-LD rendering of its standard fields for the query interface.
 */
class XmlDocuments {
    private final XmlSchemaCheck schema = new XmlSchemaCheck();
    private final XmlEventJson rendering;

    XmlDocuments(JsonMapper json) {
        this.rendering = new XmlEventJson(json);
    }

    /** Hands each event that conforms to {@code sink}, in order, while nothing wrong has been found. */
    void read(InputStream document, Consumer<CapturedEvent> sink, Refusals refusals) {
        schema.read(document, (index, event) -> sink.accept(event(index, event)), refusals);
    }

    private CapturedEvent event(int index, Element event) {
        ObjectNode json = rendering.render(event);
        OffsetDateTime time = EventTimes.of(index, json);
        String original = XmlCanonical.of(event);
        return new CapturedEvent(index, event.getLocalName(), text(json, "eventID"), ContentHash.of(original),
                EventHash.of(json), time, text(json, "eventTimeZoneOffset"),
                text(json, "action"), text(json, "bizStep"), text(json, "disposition"),
                json.path("readPoint").path("id").isString() ? json.path("readPoint").path("id").asString() : null,
                json.path("bizLocation").path("id").isString() ? json.path("bizLocation").path("id").asString() : null,
                text(json, "transformationID"), CapturedEvent.Identifier.of(json), json.toString(), original, null);
    }

    private static String text(ObjectNode json, String name) {
        return json.path(name).isString() ? json.path(name).asString() : null;
    }

    /** Namespace-aware SAX parsers that never fetch an external DTD or entity. */
    static SAXParserFactory parsers() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory;
    }
}
