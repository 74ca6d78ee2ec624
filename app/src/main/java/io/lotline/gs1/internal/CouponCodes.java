package io.lotline.gs1.internal;

/**
 * The North American coupon codes: AI (8110), a coupon with its company prefix, offer code, save value, purchase
 * requirements and optional fields (more purchases, dates, serial number, retailer, miscellaneous), and AI (8112), a
 * paperless coupon's offer at the point of sale. Every field is digits whose length a preceding digit gives (its
 * VLI); each check answers the first field that is missing, out of range or cut short, as GS1's linters name it.
 * A company prefix is checked for its digits only: Lotline does not consult GS1's prefix registry.
 */
final class CouponCodes {
    private CouponCodes() {
    }

    /** AI (8110). */
    static String coupon(String data) {
        if (Linters.digits(data) != null) {
            return "non-digit-character";
        }
        try {
            Fields fields = new Fields(data);
            fields.lengthFirst(0, 6, 6, "gcp");
            fields.skip(6, "offer-code");
            fields.lengthFirst(1, 5, 0, "save-value");
            purchase(fields, "1st");
            if (fields.optional('1')) {
                fields.code("0123", "additional-purchase-rules-code");
                purchase(fields, "2nd");
                fields.purchaseCompanyPrefix("2nd-purchase-gcp");
            }
            if (fields.optional('2')) {
                purchase(fields, "3rd");
                fields.purchaseCompanyPrefix("3rd-purchase-gcp");
            }
            String expiry = fields.optional('3') ? fields.date("expiration-date", "exipiration-date") : null;
            if (fields.optional('4')) {
                String start = fields.date("start-date", "start-date");
                if (expiry != null && start.compareTo(expiry) > 0) {
                    return "coupon-expiration-before-start";
                }
            }
            if (fields.optional('5')) {
                fields.lengthFirst(0, 9, 6, "serial-number");
            }
            if (fields.optional('6')) {
                fields.lengthFirst(1, 7, 6, "retailer-gcp-or-gln");
            }
            if (fields.optional('9')) {
                fields.code("01256", "save-value-code");
                fields.code("012", "save-value-applies-to-item");
                fields.code("0123456789", "store-coupon-flag");
                fields.code("01", "dont-multiply-flag");
            }
            return fields.rest();
        } catch (Broken broken) {
            return broken.rule;
        }
    }

    /** AI (8112). */
    static String pointOfSaleOffer(String data) {
        if (Linters.digits(data) != null) {
            return "non-digit-character";
        }
        try {
            Fields fields = new Fields(data);
            fields.code("01", "format-code");
            fields.lengthFirst(0, 6, 6, "funder");
            fields.skip(6, "offer-code");
            fields.lengthFirst(0, 9, 6, "serial-number");
            return fields.rest();
        } catch (Broken broken) {
            return broken.rule;
        }
    }

    /** A purchase requirement (its length first), its code and the three-digit family code. */
    private static void purchase(Fields fields, String which) {
        fields.lengthFirst(1, 5, 0, which + "-purchase-requirement");
        fields.code("012349", which + "-purchase-requirement-code");
        fields.skip(3, which + "-purchase-family-code");
    }

    /** The coupon read field by field from the left. */
    private static final class Fields {
        private final String data;
        private int at;

        Fields(String data) {
            this.data = data;
        }

        boolean optional(char indicator) {
            if (at < data.length() && data.charAt(at) == indicator) {
                at++;
                return true;
            }
            return false;
        }

        /** One digit out of those allowed. */
        void code(String allowed, String field) {
            if (at == data.length()) {
                throw new Broken("coupon-missing-" + field);
            }
            if (allowed.indexOf(data.charAt(at++)) < 0) {
                throw new Broken("coupon-invalid-" + field);
            }
        }

        /** A length digit from min to max, then that many digits plus {@code plus}. */
        void lengthFirst(int min, int max, int plus, String field) {
            if (at == data.length()) {
                throw new Broken("coupon-missing-" + field + "-vli");
            }
            int length = data.charAt(at++) - '0';
            if (length < min || length > max) {
                throw new Broken("coupon-invalid-" + field + "-length");
            }
            skip(length + plus, field);
        }

        /** A further purchase's company prefix: 6 to 12 digits, or none when its length digit is 9. */
        void purchaseCompanyPrefix(String field) {
            if (at == data.length()) {
                throw new Broken("coupon-missing-" + field + "-vli");
            }
            char length = data.charAt(at);
            if (length == '9') {
                at++;
            } else {
                lengthFirst(0, 6, 6, field);
            }
        }

        /** YYMMDD after its indicator. */
        String date(String field, String invalidName) {
            if (data.length() - at < 6) {
                throw new Broken("coupon-too-short-for-" + field);
            }
            String date = data.substring(at, at + 6);
            if (Dates.yymmdd(date, false) != null) {
                throw new Broken("coupon-invalid-" + invalidName);
            }
            at += 6;
            return date;
        }

        void skip(int digits, String field) {
            if (data.length() - at < digits) {
                throw new Broken("coupon-truncated-" + field);
            }
            at += digits;
        }

        /** Nothing when every digit was read, else the excess. */
        String rest() {
            return at == data.length() ? null : "coupon-excess-data";
        }
    }

    /** The first broken field; ends the reading of a coupon. */
    private static final class Broken extends RuntimeException {
        private final String rule;

        Broken(String rule) {
            super(rule, null, false, false);
            this.rule = rule;
        }
    }
}
