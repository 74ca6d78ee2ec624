package io.lotline.epcis.internal;

import io.lotline.catalog.PartyRole;
import io.lotline.epcis.ProvisionalIdentifier;
import io.lotline.epcis.ProvisionalIdentifier.Kind;
import io.lotline.shared.Gln;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.LotlineException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The identifiers of an event that Lotline does not know: the products of its quantity lists (by GTIN), its business
 * location and read point, and the parties and places of its source and destination lists (by GLN; a site of ours
 * or a registered party is known). By default they are registered as provisional master data, so that no partner's
 * event is lost; with {@code lotline.epcis.strict=true} the first one refuses the document instead.
 */
@Component
class ProvisionalMasterData {
    private static final List<String> QUANTITY_LISTS = List.of("quantityList", "childQuantityList",
            "inputQuantityList", "outputQuantityList");

    private final CatalogLookups catalog;
    private final JdbcClient jdbc;
    private final CaptureBatches batches;
    private final boolean strict;

    ProvisionalMasterData(CatalogLookups catalog, JdbcClient jdbc, CaptureBatches batches, EpcisProperties settings) {
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.batches = batches;
        this.strict = settings.strict();
    }

    /** An identifier of an event that Lotline does not know, where in the event it stands. */
    record Unknown(Kind kind, String identifier, String gs1Key, String field) {
    }

    /** The unknown identifiers of the event; in strict mode the first of them refuses it. */
    List<Unknown> check(CapturedEvent event, JsonNode body) {
        List<Unknown> unknown = unknownIn(body);
        if (strict && !unknown.isEmpty()) {
            Unknown first = unknown.get(0);
            LotlineException refused = new InvalidInput(first.field(), first.identifier(), "known-identifier",
                    "The " + first.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + first.identifier()
                            + " is none Lotline knows; register it first, as unknown identifiers are refused"
                            + " (lotline.epcis.strict)");
            throw refused.within("epcisBody.eventList[" + event.index() + "]").withDetail("index", event.index())
                    .withDetail("eventID", event.eventId());
        }
        return unknown;
    }

    /** Records the event's unknown identifiers, written with the capture's next batch. */
    void record(EventRow row, List<Unknown> unknown) {
        CaptureBatch rows = batches.rows();
        for (Unknown identifier : unknown) {
            rows.add("epcis_provisional_identifiers", "event_row, kind, identifier, gs1_key", row,
                    identifier.kind().name(), identifier.identifier(), identifier.gs1Key());
        }
    }

    /** The provisional identifiers still unknown, first captured first. */
    List<ProvisionalIdentifier> stillUnknown() {
        batches.flush();
        return jdbc.sql("""
                        select p.kind, p.identifier, min(p.gs1_key) as gs1_key, min(e.record_time) as first_captured,
                               min(e.id) as first_row, count(distinct e.id) as events
                          from epcis_provisional_identifiers p join epcis_events e on e.id = p.event_row
                         group by p.kind, p.identifier
                         order by min(e.id), p.kind, p.identifier""")
                .query((rs, n) -> new ProvisionalIdentifier(Kind.valueOf(rs.getString("kind")),
                        rs.getString("identifier"), rs.getString("gs1_key"),
                        rs.getObject("first_captured", OffsetDateTime.class), firstKey(rs.getLong("first_row")),
                        rs.getLong("events")))
                .list().stream().filter(this::stillUnknown).toList();
    }

    private String firstKey(long row) {
        return jdbc.sql("select capture_key from epcis_events where id = ?").param(row).query(String.class).single();
    }

    private boolean stillUnknown(ProvisionalIdentifier identifier) {
        return switch (identifier.kind()) {
            case PRODUCT -> !knownProduct(identifier.identifier());
            case PARTY -> !knownParty(Gs1Keys.party(identifier.identifier()));
            case LOCATION -> !knownPlace(Gs1Keys.place(identifier.identifier()).map(Gs1Keys.PlaceKey::gln));
        };
    }

    private List<Unknown> unknownIn(JsonNode body) {
        Map<String, Unknown> unknown = new LinkedHashMap<>();
        for (String list : QUANTITY_LISTS) {
            int i = 0;
            for (JsonNode element : body.path(list)) {
                String epcClass = element.path("epcClass").asString(null);
                if (epcClass != null && !knownProduct(epcClass)) {
                    unknown.putIfAbsent("PRODUCT " + epcClass, new Unknown(Kind.PRODUCT, epcClass,
                            gtinOf(epcClass).orElse(null), list + "[" + i + "].epcClass"));
                }
                i++;
            }
        }
        for (String field : List.of("bizLocation", "readPoint")) {
            String place = body.path(field).path("id").asString(null);
            if (place != null) {
                Optional<Gln> gln = Gs1Keys.place(place).map(Gs1Keys.PlaceKey::gln);
                if (!knownPlace(gln)) {
                    unknown.putIfAbsent("LOCATION " + place, new Unknown(Kind.LOCATION, place,
                            gln.map(Gln::value).orElse(null), field + ".id"));
                }
            }
        }
        for (String[] list : new String[][] {{"sourceList", "source"}, {"destinationList", "destination"}}) {
            int i = 0;
            for (JsonNode element : body.path(list[0])) {
                String id = element.path(list[1]).asString(null);
                boolean place = "location".equals(Cbv.bare(element.path("type").asString(null)));
                if (id != null) {
                    Optional<Gln> gln = place ? Gs1Keys.place(id).map(Gs1Keys.PlaceKey::gln) : Gs1Keys.party(id);
                    if (place ? !knownPlace(gln) : !knownParty(gln)) {
                        Kind kind = place ? Kind.LOCATION : Kind.PARTY;
                        unknown.putIfAbsent(kind + " " + id, new Unknown(kind, id, gln.map(Gln::value).orElse(null),
                                list[0] + "[" + i + "]." + list[1]));
                    }
                }
                i++;
            }
        }
        return new ArrayList<>(unknown.values());
    }

    private boolean knownProduct(String epcClass) {
        return gtinOf(epcClass).flatMap(gtin -> catalog.itemWithGtin(new io.lotline.shared.Gtin(gtin))).isPresent();
    }

    private static Optional<String> gtinOf(String epcClass) {
        return Gs1Keys.lotClass(epcClass).or(() -> Gs1Keys.product(epcClass))
                .map(lot -> lot.gtin().value());
    }

    /** A place is known as a site of ours or as a registered party's GLN. */
    private boolean knownPlace(Optional<Gln> gln) {
        return gln.isPresent() && (catalog.siteWithGln(gln.get()).isPresent() || knownParty(gln));
    }

    /** A party is known as a registered supplier or customer, or as one of our sites (ourselves). */
    private boolean knownParty(Optional<Gln> gln) {
        return gln.isPresent() && (catalog.siteWithGln(gln.get()).isPresent() || Arrays.stream(PartyRole.values())
                .anyMatch(role -> catalog.partyWithGln(gln.get(), role).isPresent()));
    }
}
