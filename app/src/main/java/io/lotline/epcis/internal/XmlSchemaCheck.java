package io.lotline.epcis.internal;

import io.lotline.epcis.EventError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Checks an XML document against the official EPCIS 2.0 XSD set (kept as resources) with the JDK's validator.
 * Each error is placed in the event it is in, by the event's position in the event list. No external entity or DTD
 * is ever fetched.
 */
class XmlSchemaCheck {
    private final Schema schema;

    XmlSchemaCheck() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            // "nested" is how Spring Boot's executable jar addresses the resources inside it
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file,nested");
            URL xsd = XmlSchemaCheck.class.getResource("/epcis/xsd/EPCglobal-epcis-2_0.xsd");
            schema = factory.newSchema(new StreamSource(xsd.openStream(), xsd.toExternalForm()));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("The EPCIS XML schema cannot be loaded", e);
        }
    }

    /** Every breach of the schema, each placed in its event; empty when the document conforms. */
    List<EventError> check(byte[] document) {
        Events events = new Events();
        List<EventError> errors = new ArrayList<>();
        ValidatorHandler validator = schema.newValidatorHandler();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException exception) {
            }

            @Override
            public void error(SAXParseException exception) {
                if (errors.size() < JsonSchemaCheck.MAX_ERRORS) {
                    errors.add(events.located(exception));
                }
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
            events.parse(new InputSource(new ByteArrayInputStream(document)));
        } catch (SAXParseException notWellFormed) {
            errors.add(events.located(notWellFormed));
        } catch (SAXException | IOException | ParserConfigurationException unreadable) {
            errors.add(new EventError(null, null, "/", "The document is not readable XML: " + unreadable.getMessage()));
        }
        return errors;
    }

    /** Follows the parse to know which event of the event list is being read. */
    private static final class Events extends XMLFilterImpl {
        private int depth;
        private int eventListDepth = -1;
        private int index = -1;
        private boolean inEventId;
        private final StringBuilder eventId = new StringBuilder();

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
            depth++;
            if ("EventList".equals(local) && uri.isEmpty()) {
                eventListDepth = depth;
            } else if (eventListDepth > 0 && depth == eventListDepth + 1) {
                index++;
                eventId.setLength(0);
            } else if (eventListDepth > 0 && depth == eventListDepth + 2 && "eventID".equals(local)) {
                inEventId = true;
            }
            super.startElement(uri, local, qName, atts);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (inEventId) {
                eventId.append(ch, start, length);
            }
            super.characters(ch, start, length);
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            super.endElement(uri, local, qName);
            inEventId = false;
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
