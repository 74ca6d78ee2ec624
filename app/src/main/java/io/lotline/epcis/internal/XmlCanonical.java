package io.lotline.epcis.internal;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * An XML event written the same way whatever its indentation, attribute order or namespace prefixes: elements and
 * attributes by namespace and local name, attributes sorted, text trimmed. What is hashed and kept of an XML event.
 */
final class XmlCanonical {
    private XmlCanonical() {
    }

    static String of(Element element) {
        StringBuilder out = new StringBuilder();
        write(element, out);
        return out.toString();
    }

    private static void write(Element element, StringBuilder out) {
        out.append('<').append(name(element));
        NamedNodeMap attributes = element.getAttributes();
        List<String> written = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (!"http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
                written.add(name(attribute) + "=\"" + escape(attribute.getValue()) + "\"");
            }
        }
        written.stream().sorted().forEach(attribute -> out.append(' ').append(attribute));
        out.append('>');
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element nested) {
                write(nested, out);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(escape(child.getNodeValue().strip()));
            }
        }
        out.append("</").append(name(element)).append('>');
    }

    private static String name(Node node) {
        return node.getNamespaceURI() == null ? node.getLocalName()
                : "{" + node.getNamespaceURI() + "}" + node.getLocalName();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
