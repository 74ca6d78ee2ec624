package io.lotline.gs1.internal;

/**
 * The date and time linters. A six-digit date has no century: GS1 reads February 29 as valid in any year divisible
 * by four, and {@code yymmd0} allows day 00, meaning the last day of the month.
 */
final class Dates {
    private Dates() {
    }

    static String yymmdd(String data, boolean dayZeroAllowed) {
        if (data.length() != 6) {
            return data.length() < 6 ? "date-too-short" : "date-too-long";
        }
        return date(data, Integer.parseInt(digitsOr(data, "0").substring(0, 2)), 2, dayZeroAllowed);
    }

    static String yyyymmdd(String data, boolean dayZeroAllowed) {
        if (data.length() != 8) {
            return data.length() < 8 ? "date-too-short" : "date-too-long";
        }
        return date(data, Integer.parseInt(digitsOr(data, "0").substring(0, 4)), 4, dayZeroAllowed);
    }

    static String hhmi(String data) {
        if (data.length() != 4) {
            return "invalid-length";
        }
        if (Linters.digits(data) != null) {
            return "non-digit-character";
        }
        String hour = upTo(data.substring(0, 2), 23, "illegal-hour");
        return hour != null ? hour : upTo(data.substring(2), 59, "illegal-minute");
    }

    static String upTo(String data, int maximum, String rule) {
        if (data.length() != 2) {
            return "invalid-length";
        }
        if (Linters.digits(data) != null) {
            return "non-digit-character";
        }
        return Integer.parseInt(data) <= maximum ? null : rule;
    }

    private static String date(String data, int year, int yearDigits, boolean dayZeroAllowed) {
        if (Linters.digits(data) != null) {
            return "non-digit-character";
        }
        int month = Integer.parseInt(data.substring(yearDigits, yearDigits + 2));
        int day = Integer.parseInt(data.substring(yearDigits + 2));
        if (month < 1 || month > 12) {
            return "illegal-month";
        }
        if (day == 0 && dayZeroAllowed) {
            return null;
        }
        return day >= 1 && day <= daysIn(month, year % 4 == 0 && (yearDigits == 2 || year % 100 != 0 || year % 400 == 0))
                ? null : "illegal-day";
    }

    private static int daysIn(int month, boolean leapYear) {
        return switch (month) {
            case 2 -> leapYear ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static String digitsOr(String data, String fallback) {
        return Linters.digits(data) == null ? data : fallback.repeat(data.length());
    }
}
