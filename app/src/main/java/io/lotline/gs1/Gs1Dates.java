package io.lotline.gs1;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A GS1 six-digit date as a calendar day. The century is the one that puts the year nearest today (GS1 General
 * Specifications 7.12: up to 49 years back, 50 ahead), and day 00 is the last day of the month.
 */
public final class Gs1Dates {
    private Gs1Dates() {
    }

    public static LocalDate date(String yymmdd, LocalDate today) {
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int century = today.getYear() / 100 * 100;
        int difference = yy - today.getYear() % 100;
        int year = century + yy + (difference >= 51 ? -100 : difference <= -50 ? 100 : 0);
        YearMonth month = YearMonth.of(year, Integer.parseInt(yymmdd.substring(2, 4)));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        return day == 0 ? month.atEndOfMonth() : month.atDay(day);
    }
}
