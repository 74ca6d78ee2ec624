package io.lotline.gs1.internal;

import com.ibm.icu.text.CurrencyMetaInfo;
import com.ibm.icu.text.CurrencyMetaInfo.CurrencyFilter;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.Region;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The code lists some AIs are checked against: countries (ISO 3166-1: the JDK's alpha-2 codes, their numeric codes
 * from ICU's CLDR data) and currencies in use (ISO 4217 numeric codes of the currencies CLDR records as current).
 * A country of origin (422) or a price's currency (3930) outside them is refused instead of booked.
 */
final class CodeLists {
    static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    static final Set<String> COUNTRY_NUMBERS = COUNTRIES.stream()
            .map(country -> Region.getInstance(country).getNumericCode()).filter(number -> number > 0)
            .map(CodeLists::threeDigits).collect(Collectors.toUnmodifiableSet());
    static final Set<String> CURRENCY_NUMBERS = CurrencyMetaInfo.getInstance().currencies(CurrencyFilter.now())
            .stream().map(code -> Currency.getInstance(code).getNumericCode()).filter(number -> number > 0)
            .map(CodeLists::threeDigits).collect(Collectors.toUnmodifiableSet());

    private CodeLists() {
    }

    /** One ISO 3166-1 numeric country code. */
    static String iso3166(String data) {
        return COUNTRY_NUMBERS.contains(data) ? null : "not-iso3166";
    }

    /** A country code, or 999 for a processor whose country is unknown (AIs 7030-7039). */
    static String iso3166Or999(String data) {
        return "999".equals(data) || COUNTRY_NUMBERS.contains(data) ? null : "not-iso3166-or-999";
    }

    /** One to five country codes, three digits each, back to back (AIs 423 and 425 as one component). */
    static String iso3166List(String data) {
        if (data.isEmpty() || data.length() % 3 != 0 || data.length() > 15) {
            return "not-iso3166-list";
        }
        return Stream.iterate(0, at -> at < data.length(), at -> at + 3)
                .allMatch(at -> COUNTRY_NUMBERS.contains(data.substring(at, at + 3))) ? null : "not-iso3166-list";
    }

    /** One ISO 4217 numeric code of a currency in use. */
    static String iso4217(String data) {
        return CURRENCY_NUMBERS.contains(data) ? null : "not-iso4217";
    }

    private static String threeDigits(int number) {
        return String.format("%03d", number);
    }
}
