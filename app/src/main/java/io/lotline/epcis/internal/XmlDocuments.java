package io.lotline.epcis.internal;

import io.lotline.epcis.EventError;
import io.lotline.epcis.InvalidEpcisDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an EPCIS 2.0 XML document into its events, after the XSD has passed it. Each event keeps its XML, in
 * canonical form, and gets a JSON-LD rendering of its standard fields for the query interface.
 */
class XmlDocuments {
    private final XmlSchemaCheck schema = new XmlSchemaCheck();
    private final XmlEventJson rendering;

    XmlDocuments(JsonMapper json) {
        this.rendering = new XmlEventJson(json);
    }

    List<CapturedEvent> read(byte[] document) {
        List<EventError> errors = schema.check(document);
        if (!errors.isEmpty()) {
            throw new InvalidEpcisDocument("epcis-xml-schema", errors);
        }
        Element list = (Element) parse(document).getElementsByTagNameNS("*", "EventList").item(0);
        List<CapturedEvent> events = new ArrayList<>();
        if (list == null) {
            return events;
        }
        for (Node child = list.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element event) {
                events.add(event(events.size(), event));
            }
        }
        return events;
    }

    private CapturedEvent event(int index, Element event) {
        ObjectNode json = rendering.render(event);
        OffsetDateTime time = EventTimes.of(index, json);
        String original = XmlCanonical.of(event);
        return new CapturedEvent(index, event.getLocalName(), text(json, "eventID"), ContentHash.of(original),
                time, text(json, "eventTimeZoneOffset"),
                text(json, "action"), text(json, "bizStep"), text(json, "disposition"),
                json.path("readPoint").path("id").isString() ? json.path("readPoint").path("id").asString() : null,
                json.path("bizLocation").path("id").isString() ? json.path("bizLocation").path("id").asString() : null,
                text(json, "transformationID"), CapturedEvent.Identifier.of(json), json.toString(), original);
    }

    private static String text(ObjectNode json, String name) {
        return json.path(name).isString() ? json.path(name).asString() : null;
    }

    private static Document parse(byte[] document) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            harden(factory);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(document));
        } catch (ParserConfigurationException | SAXException | IOException unreadable) {
            throw new InvalidEpcisDocument("well-formed-xml", List.of(new EventError(null, null, "/",
                    "The document is not readable XML: " + unreadable.getMessage())));
        }
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

    private static void harden(DocumentBuilderFactory factory) throws ParserConfigurationException {
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    }
}
