package io.lotline.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal the user can act on. It names the rule that was broken and, where one input caused it, the field and
 * the value, so that an operator or an integrating system can correct the request. It carries no HTTP status:
 * the web layer decides that from the family ({@link InvalidInput}, {@link Unknown}, {@link Conflict},
 * {@link Refused}).
 */
public abstract sealed class LotlineException extends RuntimeException
        permits InvalidInput, Unknown, Conflict, Refused {

    private final Map<String, Object> details = new LinkedHashMap<>();
    private String field;
    private final Object value;
    private final String rule;

    protected LotlineException(String field, Object value, String rule, String message) {
        super(message);
        this.field = field;
        this.value = value;
        this.rule = rule;
    }

    /** The request field that caused the refusal, in the dotted form a client sent it ({@code lines[0].quantity}). */
    public String field() { return field; }

    public Object value() { return value; }

    /**
     * Places the field inside the part of the request it came from, so that a refusal of the third line of a
     * receipt reads {@code lines[2].expiryDate}.
     */
    public LotlineException within(String path) {
        if (path != null && !path.isEmpty()) {
            field = field == null ? path : path + "." + field;
        }
        return this;
    }

    /**
     * Further facts a client needs to act, shown as extra members of the problem: for example each candidate lot and
     * why it was refused, or each failing parameter of a specification.
     */
    public Map<String, Object> details() { return Collections.unmodifiableMap(details); }

    public LotlineException withDetail(String name, Object value) {
        details.put(name, value);
        return this;
    }

    /** A short, stable name of the rule, e.g. {@code quantity-positive} or {@code gtin-check-digit}. */
    public String rule() { return rule; }

    /** The kind of problem, stable across releases: the last part of the problem type. */
    public String kind() {
        return getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
    }
}
