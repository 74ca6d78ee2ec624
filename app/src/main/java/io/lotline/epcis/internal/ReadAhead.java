package io.lotline.epcis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The events of a document read but not yet handed on: handed on a run at a time, so that what the receiver looks
 * up about them takes a query per run rather than one per event. A run ends at {@link #EVENTS} events or
 * {@link #CHARACTERS} characters of JSON and original text (an event's tree, where it carries one, counted as its
 * JSON again), so that it holds little of a large document; and it is handed on before the first problem of the
 * document is recorded, so that a refusal names the first problem in document order, as when each event was handed
 * on as soon as it was read.
 */
final class ReadAhead {
    static final int EVENTS = 500;
    static final long CHARACTERS = 4L << 20;

    private final Consumer<List<CapturedEvent>> ahead;
    private final Consumer<CapturedEvent> sink;
    private List<CapturedEvent> run = new ArrayList<>();
    private long characters;

    ReadAhead(Consumer<List<CapturedEvent>> ahead, Consumer<CapturedEvent> sink) {
        this.ahead = ahead;
        this.sink = sink;
    }

    void add(CapturedEvent event) {
        run.add(event);
        characters += event.json().length() + (event.original() == event.json() ? 0 : event.original().length())
                + (event.tree() == null ? 0 : event.json().length());
        if (run.size() >= EVENTS || characters >= CHARACTERS) {
            handOn();
        }
    }

    /** Hands on the events held, the run first to {@code ahead}, then each to the sink. */
    void handOn() {
        List<CapturedEvent> ready = run;
        run = new ArrayList<>();
        characters = 0;
        if (!ready.isEmpty()) {
            ahead.accept(ready);
            ready.forEach(sink);
        }
    }
}
