package io.lotline.epcis.internal;

import io.lotline.epcis.EventQuery;
import io.lotline.ledger.EntryType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * The where-clause that selects ledger entries by the EPCIS event {@link EntryEvents} tells of each, with its
 * parameters: every condition of the query turned back into the columns that event is drawn from, so the ledger is
 * searched in SQL. {@code t} is the entry the event tells (the corrected one, for a reversal), {@code i} its item and
 * {@code lo} its lot. A value no such event carries (any read point, an identifier of another scheme) selects none.
 */
record EntryConditions(String sql, List<Object> params) {
    private static final String PRODUCTION_ORDER = "urn:lotline:production-order:";
    private static final String LOTLINE_LOT = "urn:lotline:lot:";
    private static final String STATUS_CHANGE = EntryType.STATUS_CHANGE.name();

    static EntryConditions of(EventQuery query) {
        StringJoiner where = new StringJoiner(" and ");
        List<Object> params = new ArrayList<>();
        where.add("1 = 1");
        any(where, params, query.eventTypes(), EntryConditions::eventType);
        if (query.fromEventTime() != null) {
            where.add("t.occurred_at >= ?");
            params.add(query.fromEventTime().withOffsetSameInstant(ZoneOffset.UTC));
        }
        if (query.untilEventTime() != null) {
            where.add("t.occurred_at < ?");
            params.add(query.untilEventTime().withOffsetSameInstant(ZoneOffset.UTC));
        }
        any(where, params, query.bizSteps().stream().map(Cbv::bare).toList(), EntryConditions::bizStep);
        any(where, params, query.dispositions().stream().map(Cbv::bare).toList(), EntryConditions::disposition);
        any(where, params, query.bizLocations(), EntryConditions::bizLocation);
        any(where, params, query.readPoints(), readPoint -> Optional.empty());
        any(where, params, query.epcs(), EntryConditions::instance);
        any(where, params, query.anyEpcs(), EntryConditions::instance);
        any(where, params, query.epcClasses(), EntryConditions::epcClass);
        any(where, params, query.transformationIds(), EntryConditions::transformation);
        return new EntryConditions(where.toString(), List.copyOf(params));
    }

    /** One alternative of a condition: its text and parameters. */
    private record Condition(String sql, List<Object> params) {
    }

    /** Matches any of the values; values that no ledger event can carry select nothing. */
    private static void any(StringJoiner where, List<Object> params, List<String> values,
                            Function<String, Optional<Condition>> condition) {
        if (values.isEmpty()) {
            return;
        }
        List<Condition> alternatives = values.stream().map(condition).flatMap(Optional::stream).toList();
        if (alternatives.isEmpty()) {
            where.add("1 = 0");
            return;
        }
        StringJoiner or = new StringJoiner(" or ", "(", ")");
        alternatives.forEach(alternative -> {
            or.add(alternative.sql());
            params.addAll(alternative.params());
        });
        where.add(or.toString());
    }

    private static Optional<Condition> eventType(String type) {
        List<Object> transforming = names(EntryEvents.TRANSFORMING);
        return switch (type) {
            case "TransformationEvent" -> Optional.of(new Condition("t.entry_type in " + marks(transforming),
                    transforming));
            case "ObjectEvent" -> Optional.of(new Condition("t.entry_type not in " + marks(transforming),
                    transforming));
            default -> Optional.empty();
        };
    }

    /** The entry types told at this step; a status change at holding or inspecting by the status it sets. */
    private static Optional<Condition> bizStep(String step) {
        List<Object> types = names(Arrays.stream(EntryType.values()).filter(type -> type != EntryType.STATUS_CHANGE
                && EntryEvents.STEPS.getOrDefault(type, "other").equals(step)).toList());
        List<Object> blocking = new ArrayList<>(EntryEvents.BLOCKING);
        List<String> either = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!types.isEmpty()) {
            either.add("t.entry_type in " + marks(types));
            params.addAll(types);
        }
        if ("holding".equals(step) || "inspecting".equals(step)) {
            either.add("holding".equals(step) ? "(t.entry_type = ? and t.new_value in " + marks(blocking) + ")"
                    : "(t.entry_type = ? and (t.new_value is null or t.new_value not in " + marks(blocking) + "))");
            params.add(STATUS_CHANGE);
            params.addAll(blocking);
        }
        return either.isEmpty() ? Optional.empty()
                : Optional.of(new Condition("(" + String.join(" or ", either) + ")", params));
    }

    /** The entry types told with this disposition, and the status changes that set a status meaning it. */
    private static Optional<Condition> disposition(String disposition) {
        List<Object> types = names(EntryEvents.DISPOSITIONS.entrySet().stream()
                .filter(entry -> entry.getValue().equals(disposition)).map(Map.Entry::getKey).toList());
        List<Object> statuses = new ArrayList<>(EntryEvents.STATUS_DISPOSITIONS.entrySet().stream()
                .filter(entry -> entry.getValue().equals(disposition)).map(Map.Entry::getKey).toList());
        List<String> either = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!types.isEmpty()) {
            either.add("t.entry_type in " + marks(types));
            params.addAll(types);
        }
        if (!statuses.isEmpty()) {
            either.add("(t.entry_type = ? and t.new_value in " + marks(statuses) + ")");
            params.add(STATUS_CHANGE);
            params.addAll(statuses);
        }
        return either.isEmpty() ? Optional.empty()
                : Optional.of(new Condition("(" + String.join(" or ", either) + ")", params));
    }

    /** A location of ours as its site's SGLN with the location's code as extension, where the entry took place. */
    private static Optional<Condition> bizLocation(String id) {
        return Gs1Keys.place(id).filter(place -> place.extension() != null).map(place -> {
            List<Object> params = new ArrayList<>(names(EntryEvents.AT_SOURCE));
            params.add(place.extension());
            params.add(place.gln().value());
            return new Condition("""
                    exists (select 1 from locations x join warehouses w on w.id = x.warehouse_id
                            join sites s on s.id = w.site_id
                            where x.id = case when t.entry_type in %s or t.to_location_id is null
                                              then t.from_location_id else t.to_location_id end
                              and x.code = ? and s.gln = ?)""".formatted(marks(names(EntryEvents.AT_SOURCE))),
                    params);
        });
    }

    /** A unit of an item with a GTIN, named in the epcList of an entry that is no transformation. */
    private static Optional<Condition> instance(String id) {
        return Gs1Keys.unitOrEveryUnit(id).map(unit -> {
            List<Object> params = new ArrayList<>(names(EntryEvents.TRANSFORMING));
            params.add(unit.gtin().value());
            String serial = "";
            if (unit.serial() != null) {
                serial = " and s.serial = ?";
                params.add(unit.serial());
            }
            return new Condition("(t.entry_type not in " + marks(names(EntryEvents.TRANSFORMING))
                    + " and i.gtin = ? and exists (select 1 from entry_serials es join serials s on s.id = es.serial_id"
                    + " where es.entry_id = t.id" + serial + "))", params);
        });
    }

    /** The lot as an LGTIN (or every lot of a GTIN, as a class pattern), or as Lotline's URN where no GTIN is. */
    private static Optional<Condition> epcClass(String epcClass) {
        Optional<Gs1Keys.LotClass> lot = Gs1Keys.lotClass(epcClass);
        if (lot.isPresent()) {
            return Optional.of(new Condition("(i.gtin = ? and lo.lot_number = ?)",
                    List.of(lot.get().gtin().value(), lot.get().lot())));
        }
        Optional<Gs1Keys.LotClass> product = Gs1Keys.anyLotOf(epcClass);
        if (product.isPresent()) {
            return Optional.of(new Condition("i.gtin = ?", List.of(product.get().gtin().value())));
        }
        if (epcClass.startsWith(LOTLINE_LOT)) {
            String[] skuAndLot = epcClass.substring(LOTLINE_LOT.length()).split(":", -1);
            if (skuAndLot.length == 2) {
                return Optional.of(new Condition("(i.gtin is null and i.sku = ? and lo.lot_number = ?)",
                        List.of(decoded(skuAndLot[0]), decoded(skuAndLot[1]))));
            }
        }
        return Optional.empty();
    }

    private static Optional<Condition> transformation(String id) {
        if (!id.startsWith(PRODUCTION_ORDER)) {
            return Optional.empty();
        }
        List<Object> params = new ArrayList<>(names(EntryEvents.TRANSFORMING));
        params.add(decoded(id.substring(PRODUCTION_ORDER.length())));
        return Optional.of(new Condition("(t.entry_type in " + marks(names(EntryEvents.TRANSFORMING))
                + " and t.production_order = ?)", params));
    }

    private static List<Object> names(Collection<EntryType> types) {
        return types.stream().map(type -> (Object) type.name()).toList();
    }

    private static String marks(List<?> values) {
        return "(" + "?, ".repeat(values.size() - 1) + "?)";
    }

    /** The inverse of how events write a code into a URI ({@link TraceDocuments#encoded}). */
    private static String decoded(String encoded) {
        try {
            return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return encoded;
        }
    }
}
