package io.lotline.epcis.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON-LD form of an XML event's standard fields, as the query interface answers it. CBV values become their
 * bare names. Extension elements, ILMD and sensor data stay in the kept XML only.
 */
class XmlEventJson {
    private static final Set<String> TEXTS = Set.of("eventID", "eventTime", "eventTimeZoneOffset", "action",
            "parentID", "transformationID");
    private static final Set<String> CBV_TEXTS = Set.of("bizStep", "disposition");
    private static final Set<String> EPC_LISTS = Set.of("epcList", "childEPCs", "inputEPCList", "outputEPCList");
    private static final Set<String> QUANTITY_LISTS = Set.of("quantityList", "childQuantityList",
            "inputQuantityList", "outputQuantityList");
    private static final List<String> TYPED_LISTS = List.of("bizTransactionList", "sourceList", "destinationList");

    private final JsonMapper json;

    XmlEventJson(JsonMapper json) {
        this.json = json;
    }

    ObjectNode render(Element event) {
        ObjectNode out = json.createObjectNode();
        out.put("type", event.getLocalName());
        for (Element field : children(event)) {
            if (field.getNamespaceURI() != null) {
                continue;
            }
            String name = field.getLocalName();
            if (TEXTS.contains(name)) {
                out.put(name, text(field));
            } else if (CBV_TEXTS.contains(name)) {
                out.put(name, Cbv.bare(text(field)));
            } else if (EPC_LISTS.contains(name)) {
                ArrayNode epcs = out.putArray(name);
                children(field).forEach(epc -> epcs.add(text(epc)));
            } else if (QUANTITY_LISTS.contains(name)) {
                out.set(name, quantities(field));
            } else if ("readPoint".equals(name) || "bizLocation".equals(name)) {
                out.putObject(name).put("id", text(child(field, "id")));
            } else if (TYPED_LISTS.contains(name)) {
                out.set(name, typed(field));
            } else if ("persistentDisposition".equals(name)) {
                out.set(name, persistentDisposition(field));
            } else if ("errorDeclaration".equals(name)) {
                out.set(name, errorDeclaration(field));
            }
        }
        return out;
    }

    private ArrayNode quantities(Element list) {
        ArrayNode out = json.createArrayNode();
        for (Element element : children(list)) {
            ObjectNode quantity = out.addObject();
            quantity.put("epcClass", text(child(element, "epcClass")));
            Element amount = child(element, "quantity");
            if (amount != null) {
                quantity.put("quantity", new BigDecimal(text(amount)));
            }
            Element uom = child(element, "uom");
            if (uom != null) {
                quantity.put("uom", text(uom));
            }
        }
        return out;
    }

    /** bizTransaction, source and destination: a value with an optional (bizTransaction) or required type. */
    private ArrayNode typed(Element list) {
        ArrayNode out = json.createArrayNode();
        for (Element element : children(list)) {
            ObjectNode entry = out.addObject();
            if (element.hasAttribute("type")) {
                entry.put("type", Cbv.bare(element.getAttribute("type")));
            }
            entry.put(element.getLocalName(), text(element));
        }
        return out;
    }

    private ObjectNode persistentDisposition(Element field) {
        ObjectNode out = json.createObjectNode();
        for (Element element : children(field)) {
            ArrayNode values = out.has(element.getLocalName()) ? (ArrayNode) out.get(element.getLocalName())
                    : out.putArray(element.getLocalName());
            values.add(Cbv.bare(text(element)));
        }
        return out;
    }

    private ObjectNode errorDeclaration(Element field) {
        ObjectNode out = json.createObjectNode();
        for (Element element : children(field)) {
            switch (element.getNamespaceURI() == null ? element.getLocalName() : "") {
                case "declarationTime" -> out.put("declarationTime", text(element));
                case "reason" -> out.put("reason", Cbv.bare(text(element)));
                case "correctiveEventIDs" -> {
                    ArrayNode ids = out.putArray("correctiveEventIDs");
                    children(element).forEach(id -> ids.add(text(id)));
                }
                default -> { }
            }
        }
        return out;
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new java.util.ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    private static Element child(Element parent, String name) {
        return children(parent).stream().filter(child -> name.equals(child.getLocalName())).findFirst().orElse(null);
    }

    private static String text(Element element) {
        return element == null ? null : element.getTextContent().strip();
    }
}
