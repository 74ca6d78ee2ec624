package io.lotline.epcis.internal;

import io.lotline.epcis.EventQuery;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The where-clause of an event query, with its parameters. Identifiers match exactly, or by an EPCIS pattern
 * ({@code urn:epc:idpat:sgtin:0614141.107346.*}, {@code urn:epc:classpat:lgtin:4012345.012345.*}) whose trailing
 * wildcard matches every identifier that starts the same.
 */
record EventConditions(String sql, List<Object> params) {

    static EventConditions of(EventQuery query) {
        StringJoiner where = new StringJoiner(" and ");
        List<Object> params = new ArrayList<>();
        where.add("1 = 1");
        in(where, params, "e.event_type", query.eventTypes());
        if (query.fromEventTime() != null) {
            where.add("e.event_time >= ?");
            params.add(query.fromEventTime().withOffsetSameInstant(ZoneOffset.UTC));
        }
        if (query.untilEventTime() != null) {
            where.add("e.event_time < ?");
            params.add(query.untilEventTime().withOffsetSameInstant(ZoneOffset.UTC));
        }
        in(where, params, "e.biz_step", query.bizSteps().stream().map(Cbv::bare).toList());
        in(where, params, "e.disposition", query.dispositions().stream().map(Cbv::bare).toList());
        in(where, params, "e.biz_location", query.bizLocations());
        in(where, params, "e.read_point", query.readPoints());
        in(where, params, "e.transformation_id", query.transformationIds());
        named(where, params, "'EPC'", query.epcs(), "urn:epc:idpat:", "urn:epc:id:");
        named(where, params, "'EPC', 'INPUT', 'OUTPUT', 'PARENT'", query.anyEpcs(), "urn:epc:idpat:", "urn:epc:id:");
        named(where, params, "'CLASS'", query.epcClasses(), "urn:epc:classpat:", "urn:epc:class:");
        return new EventConditions(where.toString(), List.copyOf(params));
    }

    private static void in(StringJoiner where, List<Object> params, String column, List<String> values) {
        if (!values.isEmpty()) {
            where.add(column + " in (" + "?, ".repeat(values.size() - 1) + "?)");
            params.addAll(values);
        }
    }

    private static void named(StringJoiner where, List<Object> params, String kinds, List<String> values,
                              String patternPrefix, String identifierPrefix) {
        if (values.isEmpty()) {
            return;
        }
        StringJoiner any = new StringJoiner(" or ");
        for (String value : values) {
            if (value.startsWith(patternPrefix) && value.endsWith("*")) {
                String start = identifierPrefix + value.substring(patternPrefix.length(), value.length() - 1);
                any.add("i.identifier like ? escape '!'");
                params.add(start.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            } else {
                any.add("i.identifier = ?");
                params.add(value);
            }
        }
        where.add("exists (select 1 from epcis_event_identifiers i where i.event_row = e.id and i.kind in (" + kinds
                + ") and (" + any + "))");
    }
}
