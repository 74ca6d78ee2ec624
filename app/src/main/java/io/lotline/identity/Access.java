package io.lotline.identity;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who may call what: the expressions every endpoint declares with {@code @PreAuthorize}. One list, so the access
 * rules of the whole API can be read in one place.
 */
public final class Access {
    /** Any signed-in user: reading master data, lots and stock. */
    public static final String ANY_USER = "isAuthenticated()";
    /** Booking stock on the floor: receipts, transfers, scrap, counts, shipments, returns. */
    public static final String FLOOR = "hasAnyRole('OPERATOR','SUPERVISOR')";
    /** Receiving goods: the floor, and quality when it accepts a short-dated delivery. */
    public static final String RECEIVING = "hasAnyRole('OPERATOR','SUPERVISOR','QUALITY')";
    /** Keeping master data: items, places, parties, lot number formats. */
    public static final String MASTER_DATA = "hasAnyRole('SUPERVISOR','ADMIN')";
    /** Importing master data and opening stock from the system a company leaves, and following the imports. */
    public static final String IMPORTS = "hasAnyRole('SUPERVISOR','ADMIN')";
    /** Reversing an entry or correcting a lot attribute. */
    public static final String CORRECTIONS = "hasAnyRole('SUPERVISOR','QUALITY')";
    /** Decisions on a lot's status. */
    public static final String QUALITY = "hasRole('QUALITY')";
    /**
     * Traces, recalls, regulatory exports: who supplied and who received each lot. Quality and compliance only; the
     * admin keeps the system, not the supply chain.
     */
    public static final String TRACE = "hasAnyRole('QUALITY','COMPLIANCE')";
    /** Checking the audit chain. */
    public static final String AUDIT = "hasAnyRole('COMPLIANCE','ADMIN')";
    /** Reading retention rules and the retention report. */
    public static final String RETENTION = "hasAnyRole('COMPLIANCE','ADMIN')";
    /** Exporting archive bundles: the ledger entries with their parties are trace data, so compliance only. */
    public static final String ARCHIVE = "hasRole('COMPLIANCE')";
    /** Expiry alert rules and on-demand expiry sweeps: who decides what happens to stock near its date. */
    public static final String EXPIRY_RULES = "hasAnyRole('SUPERVISOR','QUALITY')";
    /** Taking on an expiry alert: the floor and quality, who sell first, mark down or dispose. */
    public static final String EXPIRY_ALERTS = "hasAnyRole('OPERATOR','SUPERVISOR','QUALITY')";
    /** Capturing EPCIS events: the floor, and the machine accounts of production systems and partners (admin). */
    public static final String EPCIS_CAPTURE = "hasAnyRole('OPERATOR','SUPERVISOR','ADMIN')";
    /** The authority every request authenticated by an API token has besides its roles. */
    public static final String API_TOKEN_AUTHORITY = "API_TOKEN";
    /** Managing users. */
    public static final String ADMIN = "hasRole('ADMIN')";
    /** Subscriptions of partners and other systems to outbound events, and their delivery log. */
    public static final String SUBSCRIPTIONS = "hasAnyRole('COMPLIANCE','ADMIN')";

    private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");

    private Access() {
    }

    /** The roles one of these expressions lets in: every role for {@link #ANY_USER}. */
    public static Set<Role> rolesOf(String expression) {
        if (expression.equals(ANY_USER)) {
            return EnumSet.allOf(Role.class);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Matcher named = ROLE.matcher(expression);
        while (named.find()) {
            roles.add(Role.valueOf(named.group(1)));
        }
        return roles;
    }
}
