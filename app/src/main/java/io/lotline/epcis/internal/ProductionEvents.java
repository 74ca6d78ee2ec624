package io.lotline.epcis.internal;

import io.lotline.catalog.Item;
import io.lotline.catalog.Location;
import io.lotline.epcis.EventBooking;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Entry;
import io.lotline.ledger.Place;
import io.lotline.lots.Lot;
import io.lotline.production.ProducedLots;
import io.lotline.production.Production;
import io.lotline.production.ProductionCommands.BookOutput;
import io.lotline.production.ProductionCommands.ConsumeInputs;
import io.lotline.production.ProductionCommands.Input;
import io.lotline.production.ProductionCommands.OpenProductionOrder;
import io.lotline.production.ProductionCommands.Output;
import io.lotline.shared.LotlineException;
import io.lotline.shared.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * A transformation at one of Lotline's own places books production, as the line would: its input lots are
 * consumed from the business location and its output lots made there, in a production order that every event of
 * the same transformation ({@code transformationID}) books into, so the genealogy links each input to each output.
 * Input lots must be lots Lotline holds (by its lot number or the supplier's); output lots take the class's lot as
 * their number. An event that does not map this cleanly is kept and books nothing, with the reason; consumption the
 * ledger refuses (not enough stock there) refuses the whole document.
 */
@Component
class ProductionEvents {
    private final KnownIdentifiers known;
    private final Production production;
    private final CapturedEvents events;
    private final LotMasterData masterData;

    ProductionEvents(KnownIdentifiers known, Production production, CapturedEvents events, LotMasterData masterData) {
        this.known = known;
        this.production = production;
        this.events = events;
        this.masterData = masterData;
    }

    static boolean transforms(CapturedEvent event) {
        return "TransformationEvent".equals(event.type());
    }

    Booked book(CapturedEvent event) {
        JsonNode body = known.body(event);
        String order = orderCode(event);
        boolean opened = events.orderOpened(order);
        Optional<String> refusal = unmapped(event, body, opened);
        if (refusal.isPresent()) {
            return Booked.nothing(EventBooking.notBooked(event.index(), event.eventId(), refusal.get()));
        }
        Place here = new Place(known.location(event.bizLocation()).map(Location::code).orElseThrow(), null);
        try {
            if (!opened) {
                Item made = known.item(body.path("outputQuantityList").path(0).path("epcClass").asString())
                        .orElseThrow();
                production.open(context(event, "open"), new OpenProductionOrder(order, made.sku(), null, null, null,
                        List.of()));
            }
            List<String> commands = new ArrayList<>();
            if (!body.path("inputQuantityList").isEmpty()) {
                commands.add(production.consume(context(event, "consume"), order,
                        new ConsumeInputs(inputs(body, here))).commandId());
            }
            List<String> made = new ArrayList<>();
            if (!body.path("outputQuantityList").isEmpty()) {
                ProducedLots lots = production.output(context(event, "output"), order,
                        new BookOutput(outputs(body, here)));
                lots.lots().forEach(lot -> made.add(lot.lotNumber()));
                lots.entries().stream().map(Entry::commandId).distinct().forEach(commands::add);
            }
            return new Booked(EventBooking.produced(event.index(), event.eventId(), order, made), commands);
        } catch (LotlineException refused) {
            throw refused.within("epcisBody.eventList[" + event.index() + "]")
                    .withDetail("index", event.index()).withDetail("eventID", event.eventId());
        }
    }

    /** One production order per transformation: its id, or the event's own key where it names none. */
    static String orderCode(CapturedEvent event) {
        String transformation = event.transformationId() != null ? event.transformationId() : event.key();
        return "EPCIS-" + ContentHash.of(transformation).substring(0, 24);
    }

    private Optional<String> unmapped(CapturedEvent event, JsonNode body, boolean opened) {
        if (body.path("inputEPCList").size() > 0 || body.path("outputEPCList").size() > 0) {
            return Optional.of("Transformations of single instances (EPC lists) are kept, not booked");
        }
        if (body.path("inputQuantityList").isEmpty() && body.path("outputQuantityList").isEmpty()) {
            return Optional.of("The event names no lot in inputQuantityList or outputQuantityList");
        }
        if (!opened && body.path("outputQuantityList").isEmpty()) {
            return Optional.of("The first event of a transformation Lotline books names what it makes"
                    + " (outputQuantityList)");
        }
        Optional<String> place = known.notOurPlace(event.bizLocation());
        if (place.isPresent()) {
            return place;
        }
        for (JsonNode input : body.path("inputQuantityList")) {
            String epcClass = input.path("epcClass").asString();
            Optional<Lot> lot = known.lot(epcClass);
            if (lot.isEmpty()) {
                return Optional.of("The input " + epcClass + " is no lot Lotline holds");
            }
            if (KnownIdentifiers.unit(known.item(epcClass).orElseThrow(), input).isEmpty()) {
                return Optional.of("The unit " + input.path("uom").asString("(none)") + " of " + epcClass
                        + " is none that item " + lot.get().sku() + " is kept in");
            }
        }
        for (JsonNode output : body.path("outputQuantityList")) {
            Optional<String> goods = known.unknownGoods(body, output, false);
            if (goods.isPresent()) {
                return goods;
            }
        }
        return Optional.empty();
    }

    private List<Input> inputs(JsonNode body, Place here) {
        List<Input> inputs = new ArrayList<>();
        for (JsonNode input : body.path("inputQuantityList")) {
            String epcClass = input.path("epcClass").asString();
            Lot lot = known.lot(epcClass).orElseThrow();
            inputs.add(new Input(lot.number().value(), quantity(epcClass, input), here, List.of()));
        }
        return inputs;
    }

    private List<Output> outputs(JsonNode body, Place here) {
        List<Output> outputs = new ArrayList<>();
        for (JsonNode output : body.path("outputQuantityList")) {
            String epcClass = output.path("epcClass").asString();
            KnownIdentifiers.LotDates dates = known.dates(body, epcClass);
            Item item = known.item(epcClass).orElseThrow();
            outputs.add(new Output(item.sku(), quantity(epcClass, output), here,
                    Gs1Keys.lotClass(epcClass).orElseThrow().lot(), dates.production(), dates.expiry(), List.of(),
                    masterData.attributes(body, epcClass, item)));
        }
        return outputs;
    }

    private Quantity quantity(String epcClass, JsonNode element) {
        Item item = known.item(epcClass).orElseThrow();
        return new Quantity(element.path("quantity").decimalValue(),
                KnownIdentifiers.unit(item, element).orElseThrow());
    }

    private static BookingContext context(CapturedEvent event, String step) {
        return new BookingContext("epcis:" + event.contentHash() + ":" + step, event.eventTime().toInstant());
    }
}
