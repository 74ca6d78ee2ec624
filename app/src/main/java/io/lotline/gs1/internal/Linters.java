package io.lotline.gs1.internal;

import io.lotline.shared.Gs1Batch;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The content checks the Syntax Dictionary names after a component ({@code N14,csum}, {@code N6,yymmd0}), written
 * from the GS1 Barcode Syntax Tests' descriptions. Each answers the broken rule, or nothing when the data passes.
 * Linters that need a code list Lotline does not ship (UN/ECE package types, the GS1 company prefix list) are
 * {@link #SKIPPED}: their components are checked for length and characters only. Countries and currencies
 * come from {@link CodeLists}.
 */
public final class Linters {
    static final String CSET82 = Gs1Batch.CSET82;
    static final String CSET39 = "#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String CSET64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final String CSET32 = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int[] PRIMES = primes(97);
    private static final Set<String> COUNTRIES = CodeLists.COUNTRIES;

    /** Linters whose code list or registry Lotline does not carry. */
    public static final Set<String> SKIPPED = Set.of("gcppos1", "gcppos2", "packagetype");

    private static final Map<String, Function<String, String>> LINTERS = Map.ofEntries(
            Map.entry("csum", Linters::csum), Map.entry("csumalpha", Linters::csumAlpha),
            Map.entry("cset82", data -> charset(data, CSET82, "invalid-cset82-character")),
            Map.entry("cset39", data -> charset(data, CSET39, "invalid-cset39-character")),
            Map.entry("cset64", Linters::cset64), Map.entry("csetnumeric", data -> digits(data)),
            Map.entry("yymmdd", data -> Dates.yymmdd(data, false)), Map.entry("yymmd0", data -> Dates.yymmdd(data, true)),
            Map.entry("yyyymmdd", data -> Dates.yyyymmdd(data, false)),
            Map.entry("yyyymmd0", data -> Dates.yyyymmdd(data, true)),
            Map.entry("hhmi", Dates::hhmi), Map.entry("hh", data -> Dates.upTo(data, 23, "illegal-hour")),
            Map.entry("mi", data -> Dates.upTo(data, 59, "illegal-minute")),
            Map.entry("ss", data -> Dates.upTo(data, 59, "illegal-second")),
            Map.entry("hyphen", data -> !data.isEmpty() && data.chars().allMatch(c -> c == '-') ? null : "not-hyphen"),
            Map.entry("yesno", data -> oneOf(data, "01", "invalid-yes-no")),
            Map.entry("winding", data -> oneOf(data, "019", "invalid-winding-direction")),
            Map.entry("iso5218", data -> oneOf(data, "0129", "invalid-biological-sex-code")),
            Map.entry("zero", data -> !data.isEmpty() && data.chars().allMatch(c -> c == '0') ? null : "not-zero"),
            Map.entry("nonzero", Linters::nonZero), Map.entry("nozeroprefix", Linters::noZeroPrefix),
            Map.entry("hasnondigit", data -> data.chars().anyMatch(c -> c < '0' || c > '9')
                    ? null : "requires-non-digit-character"),
            Map.entry("pieceoftotal", Linters::pieceOfTotal), Map.entry("posinseqslash", Linters::positionInSequence),
            Map.entry("mediatype", Linters::mediaType), Map.entry("importeridx", Linters::importerIndex),
            Map.entry("iban", Linters::iban), Map.entry("latitude", data -> coordinate(data, 1_800_000_000L, "latitude")),
            Map.entry("longitude", data -> coordinate(data, 3_600_000_000L, "longitude")),
            Map.entry("pcenc", Linters::percentEncoded),
            Map.entry("couponcode", CouponCodes::coupon), Map.entry("couponposoffer", CouponCodes::pointOfSaleOffer),
            Map.entry("iso3166", CodeLists::iso3166), Map.entry("iso3166999", CodeLists::iso3166Or999),
            Map.entry("iso3166list", CodeLists::iso3166List), Map.entry("iso4217", CodeLists::iso4217),
            Map.entry("iso3166alpha2", data -> data.length() == 2 && COUNTRIES.contains(data)
                    ? null : "not-iso3166-alpha2"));

    private Linters() {
    }

    /** Whether Lotline runs this linter; a skipped one is documented, an unknown one fails the dictionary load. */
    public static boolean runs(String linter) {
        return LINTERS.containsKey(linter);
    }

    /** The rule the data breaks, or empty when the named linter accepts it (or is one Lotline skips). */
    public static Optional<String> check(String linter, String data) {
        Function<String, String> check = LINTERS.get(linter);
        if (check == null && !SKIPPED.contains(linter)) {
            throw new IllegalArgumentException("The GS1 linter " + linter + " is unknown to Lotline");
        }
        return check == null ? Optional.empty() : Optional.ofNullable(check.apply(data));
    }

    static String charsetOf(char type, String data) {
        return switch (type) {
            case 'N' -> digits(data);
            case 'X' -> charset(data, CSET82, "invalid-cset82-character");
            case 'Y' -> charset(data, CSET39, "invalid-cset39-character");
            case 'Z' -> cset64(data);
            default -> throw new IllegalArgumentException("Unknown GS1 character set " + type);
        };
    }

    static String digits(String data) {
        return data.chars().allMatch(c -> c >= '0' && c <= '9') ? null : "non-digit-character";
    }

    private static String charset(String data, String allowed, String rule) {
        return data.chars().allMatch(c -> allowed.indexOf(c) >= 0) ? null : rule;
    }

    private static String oneOf(String data, String allowed, String rule) {
        return data.length() == 1 && allowed.indexOf(data.charAt(0)) >= 0 ? null : rule;
    }

    /** GS1 modulo 10: weights 3 and 1 alternating from the digit before the check digit. */
    private static String csum(String data) {
        if (data.isEmpty()) {
            return "too-short-for-check-digit";
        }
        if (digits(data) != null) {
            return "non-digit-character";
        }
        return checkDigit(data.substring(0, data.length() - 1)) == data.charAt(data.length() - 1) - '0'
                ? null : "incorrect-check-digit";
    }

    /** The GS1 check digit of the digits before it. */
    public static int checkDigit(String withoutCheckDigit) {
        int sum = 0;
        for (int i = withoutCheckDigit.length() - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (withoutCheckDigit.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10;
    }

    /** The check character pair (GMN, MUDI): prime-weighted sum of CSET 82 positions modulo 1021, in two CSET 32 characters. */
    private static String csumAlpha(String data) {
        int length = data.length();
        if (length < 2) {
            return "too-short-for-check-pair";
        }
        if (length - 2 > PRIMES.length) {
            return "too-long-for-check-pair-implementation";
        }
        String body = data.substring(0, length - 2);
        if (charset(body, CSET82, "x") != null) {
            return "invalid-cset82-character";
        }
        if (charset(data.substring(length - 2), CSET32, "x") != null) {
            return "invalid-cset32-character";
        }
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += CSET82.indexOf(body.charAt(i)) * PRIMES[body.length() - 1 - i];
        }
        sum %= 1021;
        return data.charAt(length - 2) == CSET32.charAt(sum >> 5) && data.charAt(length - 1) == CSET32.charAt(sum & 31)
                ? null : "incorrect-check-pair";
    }

    private static String cset64(String data) {
        int pads = 0;
        while (pads < data.length() && data.charAt(data.length() - 1 - pads) == '=') {
            pads++;
        }
        if (pads > 2 || (pads > 0 && data.length() % 3 != 0)) {
            return "invalid-cset64-padding";
        }
        return charset(data.substring(0, data.length() - pads), CSET64, "invalid-cset64-character");
    }

    private static String nonZero(String data) {
        if (data.isEmpty() || digits(data) != null) {
            return data.isEmpty() ? "illegal-zero-value" : "non-digit-character";
        }
        return data.chars().allMatch(c -> c == '0') ? "illegal-zero-value" : null;
    }

    private static String noZeroPrefix(String data) {
        if (digits(data) != null) {
            return "non-digit-character";
        }
        return data.startsWith("0") ? "illegal-zero-prefix" : null;
    }

    /** Piece and total, each half the digits, neither zero, the piece not past the total. */
    private static String pieceOfTotal(String data) {
        if (data.isEmpty() || data.length() % 2 != 0) {
            return "invalid-length-for-piece-of-total";
        }
        if (digits(data) != null) {
            return "non-digit-character";
        }
        int half = data.length() / 2;
        int piece = Integer.parseInt(data.substring(0, half));
        int total = Integer.parseInt(data.substring(half));
        if (piece == 0 || total == 0) {
            return "zero-piece-number";
        }
        return piece > total ? "piece-number-exceeds-total" : null;
    }

    /** {@code n/m}: two numbers without leading zeros, neither zero, n not past m. */
    private static String positionInSequence(String data) {
        String[] parts = data.split("/", -1);
        if (parts.length != 2 || !positiveNumber(parts[0]) || !positiveNumber(parts[1])) {
            return "position-in-sequence-malformed";
        }
        return Integer.parseInt(parts[0]) > Integer.parseInt(parts[1]) ? "position-exceeds-end" : null;
    }

    private static boolean positiveNumber(String text) {
        return !text.isEmpty() && text.length() <= 9 && digits(text) == null && text.charAt(0) != '0';
    }

    private static String mediaType(String data) {
        if (data.length() != 2 || digits(data) != null) {
            return "invalid-media-type";
        }
        int type = Integer.parseInt(data);
        return (type >= 1 && type <= 10) || (type >= 80 && type <= 99) ? null : "invalid-media-type";
    }

    private static String importerIndex(String data) {
        if (data.length() != 1) {
            return "importer-idx-must-be-one-character";
        }
        return CSET64.indexOf(data.charAt(0)) >= 0 ? null : "invalid-import-idx-character";
    }

    /** ISO 13616: a known country, two check digits, then letters and digits; modulo 97 of the rearranged number is 1. */
    private static String iban(String data) {
        if (data.length() < 5) {
            return "iban-too-short";
        }
        if (data.length() > 34) {
            return "iban-too-long";
        }
        if (!data.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
            return "invalid-iban-character";
        }
        if (!COUNTRIES.contains(data.substring(0, 2))) {
            return "illegal-iban-country-code";
        }
        StringBuilder number = new StringBuilder();
        for (char c : (data.substring(4) + data.substring(0, 4)).toCharArray()) {
            number.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(number.toString()).mod(BigInteger.valueOf(97)).intValue() == 1
                ? null : "incorrect-iban-checksum";
    }

    private static String coordinate(String data, long maximum, String name) {
        if (data.length() != 10) {
            return name + "-invalid-length";
        }
        if (digits(data) != null) {
            return "non-digit-character";
        }
        return Long.parseLong(data) <= maximum ? null : "invalid-" + name;
    }

    private static String percentEncoded(String data) {
        for (int i = data.indexOf('%'); i >= 0; i = data.indexOf('%', i + 3)) {
            if (i + 2 >= data.length() || !hex(data.charAt(i + 1)) || !hex(data.charAt(i + 2))) {
                return "invalid-percent-sequence";
            }
        }
        return null;
    }

    private static boolean hex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static int[] primes(int count) {
        int[] primes = new int[count];
        for (int n = 2, found = 0; found < count; n++) {
            if (BigInteger.valueOf(n).isProbablePrime(30)) {
                primes[found++] = n;
            }
        }
        return primes;
    }
}
