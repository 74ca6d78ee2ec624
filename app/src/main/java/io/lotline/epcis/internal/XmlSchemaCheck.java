package io.lotline.epcis.internal;

import io.lotline.epcis.EventError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.function.BiConsumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Checks an XML document against the official EPCIS 2.0 XSD set (kept as resources) with the JDK's validator, which
 * reads the document as a stream; each event of the event list is built alone beside it and handed on when it ends,
 * while no error has been found. Each error is placed in the event it is in, by the event's position in the event
 * list. No external entity or DTD is ever fetched.
 */
class XmlSchemaCheck {
    private final Schema schema;
    private final DocumentBuilderFactory documents = DocumentBuilderFactory.newInstance();

    XmlSchemaCheck() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            // "nested" is how Spring Boot's executable jar addresses the resources inside it
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file,nested");
            URL xsd = XmlSchemaCheck.class.getResource("/epcis/xsd/EPCglobal-epcis-2_0.xsd");
            schema = factory.newSchema(new StreamSource(xsd.openStream(), xsd.toExternalForm()));
            documents.setNamespaceAware(true);
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("The EPCIS XML schema cannot be loaded", e);
        }
    }

    /** Reads the document, handing each event (its index and element) on; every breach goes to the refusals. */
    void read(InputStream document, BiConsumer<Integer, Element> sink, Refusals refusals) {
        EventSizeLimit input = new EventSizeLimit(document);
        Events events;
        try {
            events = new Events(input, documents.newDocumentBuilder(), sink, refusals);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        ValidatorHandler validator = schema.newValidatorHandler();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException exception) {
            }

            @Override
            public void error(SAXParseException exception) {
                refusals.add("epcis-xml-schema", List.of(events.located(exception)));
            }

            @Override
            public void fatalError(SAXParseException exception) throws SAXException {
                throw exception;
            }
        });
        try {
            XMLReader reader = XmlDocuments.parsers().newSAXParser().getXMLReader();
            events.setParent(reader);
            events.setContentHandler(validator);
            events.parse(new InputSource(input));
        } catch (SAXParseException notWellFormed) {
            refusals.add("epcis-xml-schema", List.of(events.located(notWellFormed)));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        } catch (SAXException | ParserConfigurationException unreadable) {
            refusals.add("epcis-xml-schema", List.of(new EventError(null, null, "/",
                    "The document is not readable XML: " + unreadable.getMessage())));
        }
    }

    /** Follows the parse to know which event of the event list is being read, and builds that event. */
    private final class Events extends XMLFilterImpl {
        private final EventSizeLimit input;
        private final DocumentBuilder builder;
        private final BiConsumer<Integer, Element> sink;
        private final Refusals refusals;
        private int depth;
        private int eventListDepth = -1;
        private int index = -1;
        private boolean inEventId;
        private final StringBuilder eventId = new StringBuilder();
        private Document event;
        private Node current;

        Events(EventSizeLimit input, DocumentBuilder builder, BiConsumer<Integer, Element> sink, Refusals refusals) {
            this.input = input;
            this.builder = builder;
            this.sink = sink;
            this.refusals = refusals;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
            depth++;
            if ("EventList".equals(local) && uri.isEmpty()) {
                eventListDepth = depth;
            } else if (eventListDepth > 0 && depth == eventListDepth + 1) {
                index++;
                eventId.setLength(0);
                input.hold(index);
                event = builder.newDocument();
                current = event;
            } else if (eventListDepth > 0 && depth == eventListDepth + 2 && "eventID".equals(local)) {
                inEventId = true;
            }
            if (current != null) {
                current = current.appendChild(element(uri, qName, atts));
            }
            super.startElement(uri, local, qName, atts);
        }

        private Element element(String uri, String qName, Attributes atts) {
            Element element = event.createElementNS(uri.isEmpty() ? null : uri, qName);
            for (int i = 0; i < atts.getLength(); i++) {
                element.setAttributeNS(atts.getURI(i).isEmpty() ? null : atts.getURI(i), atts.getQName(i),
                        atts.getValue(i));
            }
            return element;
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (inEventId) {
                eventId.append(ch, start, length);
            }
            if (current != null && current != event) {
                if (current.getLastChild() instanceof Text text) {
                    text.appendData(new String(ch, start, length));
                } else {
                    current.appendChild(event.createTextNode(new String(ch, start, length)));
                }
            }
            super.characters(ch, start, length);
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            super.endElement(uri, local, qName);
            inEventId = false;
            if (current != null) {
                current = current.getParentNode();
            }
            if (eventListDepth > 0 && depth == eventListDepth + 1) {
                input.release();
                Element ended = event.getDocumentElement();
                event = null;
                current = null;
                if (!refusals.any()) {
                    sink.accept(index, ended);
                }
            }
            if (depth == eventListDepth) {
                eventListDepth = -1;
            }
            depth--;
        }

        EventError located(SAXParseException e) {
            boolean inEvent = eventListDepth > 0 && depth > eventListDepth;
            String id = inEvent && !eventId.isEmpty() ? eventId.toString().strip() : null;
            String where = "line " + e.getLineNumber() + ", column " + e.getColumnNumber();
            return new EventError(inEvent ? index : null, id, where, e.getMessage());
        }
    }
}
