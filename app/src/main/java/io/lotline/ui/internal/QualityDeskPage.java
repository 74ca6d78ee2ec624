package io.lotline.ui.internal;

import io.lotline.identity.Access;
import io.lotline.ledger.BookingContext;
import io.lotline.ledger.Movements;
import io.lotline.ledger.Movements.ChangeLotStatus;
import io.lotline.ledger.Signature;
import io.lotline.lots.LotStatus;
import io.lotline.lots.Lots;
import io.lotline.quality.Quality;
import io.lotline.quality.QualityCommands.Decide;
import io.lotline.shared.InvalidInput;
import io.lotline.ui.internal.QualityDesk.Done;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The quality desk's lots: those waiting for a decision (quarantine) and those on hold, each with its results against
 * the item's specification and its documents. Quality enters results, releases or rejects with the password
 * re-entered (signed, as through the API) and puts a lot on hold with a reason; whoever may file a lot's documents
 * through the API uploads a certificate here; everyone may read the desk, as everyone may read a lot's quality.
 */
@Controller
class QualityDeskPage extends PageController {
    private final Lots lots;
    private final Quality quality;
    private final Movements movements;
    private final FormRules rules;
    private final QualityDesk desk;

    QualityDeskPage(Lots lots, Quality quality, Movements movements, FormRules rules, QualityDesk desk) {
        this.lots = lots;
        this.rules = rules;
        this.quality = quality;
        this.movements = movements;
        this.desk = desk;
    }

    @GetMapping("/quality")
    @PreAuthorize(Access.ANY_USER)
    ModelAndView desk(@RequestParam(required = false) String done, @RequestParam(required = false) String lot,
                      @RequestParam(required = false) String nc) {
        return desk.page().addObject("done", done).addObject("doneLot", lot != null ? lot : nc);
    }

    @PostMapping("/quality/lots/{number}/decision")
    @PreAuthorize(Access.QUALITY)
    ModelAndView decide(@PathVariable String number, @RequestParam String idempotencyKey,
                        @RequestParam Map<String, String> typed, Locale locale) {
        return desk.act("decision", number, typed, locale, () -> {
            Signature.Meaning meaning = LotPage.meaning(typed.get("meaning"));
            quality.decide(new BookingContext(idempotencyKey, null), number, rules.checked(new Decide(
                    typed.get("password"), meaning, blankAsNull(typed.get("comment")), typed.get("overrideReason"))));
            return Done.toLot(meaning == Signature.Meaning.APPROVED ? "released" : "rejected", number);
        });
    }

    @PostMapping("/quality/lots/{number}/hold")
    @PreAuthorize(Access.QUALITY)
    ModelAndView hold(@PathVariable String number, @RequestParam String idempotencyKey,
                      @RequestParam Map<String, String> typed, Locale locale) {
        return desk.act("hold", number, typed, locale, () -> {
            movements.changeStatus(new BookingContext(idempotencyKey, null),
                    rules.checked(new ChangeLotStatus(number, LotStatus.ON_HOLD, typed.get("reason"))));
            return Done.toLot("held", number);
        });
    }

    /** Results typed per parameter of the specification; a blank input records nothing for its parameter. */
    @PostMapping("/quality/lots/{number}/results")
    @PreAuthorize(Access.QUALITY)
    ModelAndView results(@PathVariable String number, @RequestParam(required = false) String documentId,
                         @RequestParam(name = "parameter", required = false) String[] parameters,
                         @RequestParam(name = "value", required = false) String[] values,
                         @RequestParam Map<String, String> typed, Locale locale) {
        return desk.act("results", number, typed, locale, () -> {
            quality.recordResults(number, rules.checked(new TypedResults(
                    quality.specification(lots.lot(number).sku()).parameters()).read(documentId, parameters, values)));
            return Done.toLot("results", number);
        });
    }

    /** A certificate or other document filed with the lot, checked by the quality module as an API upload is. */
    @PostMapping("/quality/lots/{number}/documents")
    @PreAuthorize(Access.RECEIVING)
    ModelAndView upload(@PathVariable String number, @RequestParam(required = false) MultipartFile file,
                        @RequestParam(required = false) String kind, Locale locale) {
        return desk.act("documents", number, Map.of("kind", kind == null ? "" : kind), locale, () -> {
            // a browser sends a part without a name when no file was chosen
            if (file == null || file.isEmpty() && !StringUtils.hasText(file.getOriginalFilename())) {
                throw new InvalidInput("file", null, "required", "Choose the file to upload");
            }
            quality.upload(number, blankAsNull(kind), file.getOriginalFilename(), bytes(file));
            return Done.toLot("uploaded", number);
        });
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static String blankAsNull(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
