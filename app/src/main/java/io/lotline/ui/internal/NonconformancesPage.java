package io.lotline.ui.internal;

import io.lotline.identity.Access;
import io.lotline.ledger.BookingContext;
import io.lotline.quality.Quality;
import io.lotline.quality.QualityCommands.Close;
import io.lotline.quality.QualityCommands.Disposition;
import io.lotline.quality.QualityCommands.Dispose;
import io.lotline.quality.QualityCommands.OpenNonconformance;
import io.lotline.shared.InvalidInput;
import io.lotline.ui.internal.QualityDesk.Done;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Non-conformances on the quality desk: quality opens one for lots (which go on hold when Lotline is set to hold
 * them, {@code lotline.quality.nonconformance-holds-lots}, as through the API), records what is done with them, and
 * closes it with a summary. Each step is the quality facade's, with the API's roles.
 */
@Controller
class NonconformancesPage extends PageController {
    private final Quality quality;
    private final FormRules rules;
    private final QualityDesk desk;

    NonconformancesPage(Quality quality, FormRules rules, QualityDesk desk) {
        this.quality = quality;
        this.rules = rules;
        this.desk = desk;
    }

    /** Opens a report; the lots are typed as their numbers, separated by commas or spaces. */
    @PostMapping("/quality/nonconformances")
    @PreAuthorize(Access.QUALITY)
    ModelAndView open(@RequestParam String idempotencyKey, @RequestParam Map<String, String> typed, Locale locale) {
        return desk.act("nc-open", "nc-new", typed, locale, () -> Done.toNonconformance("nc-opened", quality.open(
                new BookingContext(idempotencyKey, null), rules.checked(new OpenNonconformance(typed.get("title"),
                        blankAsNull(typed.get("description")), lots(typed.get("lots")), null))).code()));
    }

    @PostMapping("/quality/nonconformances/{code}/disposition")
    @PreAuthorize(Access.QUALITY)
    ModelAndView dispose(@PathVariable String code, @RequestParam Map<String, String> typed, Locale locale) {
        return desk.act("nc-disposition", "nc-" + code, typed, locale, () -> Done.toNonconformance("nc-dispositioned",
                quality.dispose(code, rules.checked(new Dispose(disposition(typed.get("disposition")),
                        typed.get("comment")))).code()));
    }

    @PostMapping("/quality/nonconformances/{code}/closure")
    @PreAuthorize(Access.QUALITY)
    ModelAndView close(@PathVariable String code, @RequestParam Map<String, String> typed, Locale locale) {
        return desk.act("nc-closure", "nc-" + code, typed, locale, () -> Done.toNonconformance("nc-closed",
                quality.close(code, rules.checked(new Close(typed.get("summary")))).code()));
    }

    private static List<String> lots(String typed) {
        return typed == null || typed.isBlank() ? List.of()
                : Arrays.stream(typed.strip().split("[,\\s]+")).filter(lot -> !lot.isEmpty()).toList();
    }

    private static Disposition disposition(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Disposition.valueOf(typed);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput("disposition", typed, "one-of", "Say " + Arrays.toString(Disposition.values()));
        }
    }

    private static String blankAsNull(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
