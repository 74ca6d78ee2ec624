package io.lotline.ui.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates and times as pages show them: in Lotline's zone and the user's language ({@code ${@when.at(...)}}). */
@Component("when")
public class When {
    private final Clock clock;

    When(Clock clock) {
        this.clock = clock;
    }

    public String at(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale()).withZone(clock.getZone()).format(instant);
    }

    /** The day, or nothing when there is none (a lot without an expiry date), so that a page can show a dash. */
    public String day(LocalDate day) {
        return day == null ? null : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(LocaleContextHolder.getLocale()).format(day);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
