package io.lotline.exchange.internal;

import io.lotline.shared.SqlResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Names the transformation events: each booking of outputs of a production order, split or merge is one event,
 * {@code ORDER/n} for the order's n-th output booking, and its output entries and the consumption entries linked to
 * them in the genealogy share that id. A consumption that fed two output bookings belongs to both events; one that fed
 * none yet belongs to no event and keeps its own entry id.
 */
@Repository
class TransformationEvents {
    private static final String BOOKINGS = SqlResource.load(TransformationEvents.class, "transformation-bookings.sql");
    private static final String NUMBERS = SqlResource.load(TransformationEvents.class, "transformation-numbers.sql");

    private final JdbcClient jdbc;

    TransformationEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The event ids of each output entry (one) and each consumption entry (any number), by entry id. */
    Map<Long, List<String>> of(Map<Long, String> outputCommands, List<Long> consumptions, List<String> orders) {
        Map<String, String> eventOfCommand = new HashMap<>();
        if (!orders.isEmpty()) {
            Map<String, Integer> counted = new HashMap<>();
            jdbc.sql(NUMBERS).param("orders", orders.toArray(String[]::new)).query(rs -> {
                String order = rs.getString("production_order");
                int n = counted.merge(order, 1, Integer::sum);
                eventOfCommand.put(rs.getString("command_id"), order + "/" + n);
            });
        }
        Map<Long, List<String>> events = new HashMap<>();
        outputCommands.forEach((entry, command) -> events.computeIfAbsent(entry, e -> new ArrayList<>())
                .add(eventOfCommand.get(command)));
        if (!consumptions.isEmpty()) {
            jdbc.sql(BOOKINGS).param("ids", consumptions.toArray(Long[]::new)).query(rs -> {
                String event = eventOfCommand.get(rs.getString("command_id"));
                if (event != null) {
                    events.computeIfAbsent(rs.getLong("entry_id"), e -> new ArrayList<>()).add(event);
                }
            });
        }
        events.values().forEach(ids -> ids.sort(null));
        return events;
    }
}
