package io.lotline.ui.internal;

import io.lotline.identity.Access;
import io.lotline.ledger.BookingContext;
import io.lotline.picking.OrderCommands.ConfirmPick;
import io.lotline.picking.PickList;
import io.lotline.picking.PickStatus;
import io.lotline.picking.Picking;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.LotlineException;
import io.lotline.shared.Quantity;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;

/**
 * Picking on the handheld, one pick at a time in walking order: the screen says where to go, which pallet and lot
 * to take, how much and why this lot; the operator scans to confirm, types a smaller quantity for a short pick, or
 * ticks "instead" to take other stock of the same rank. A wrong scan turns the screen red with the reason and moves
 * nothing; the scan field has the focus after every answer. A session that expired mid-pick
 * resumes at the same pick after signing in again.
 */
@Controller
class HandheldPickPage extends PageController {
    private final Picking picking;
    private final MessageSource messages;
    private final FormRules rules;

    HandheldPickPage(Picking picking, MessageSource messages, FormRules rules) {
        this.rules = rules;
        this.picking = picking;
        this.messages = messages;
    }

    @GetMapping("/handheld/pick")
    @PreAuthorize(Access.FLOOR)
    ModelAndView start(@RequestParam(required = false) String order) {
        if (order != null && !order.isBlank()) {
            return new ModelAndView("redirect:/handheld/pick/" + UriUtils.encodePathSegment(order.strip(), "UTF-8"));
        }
        return new ModelAndView("handheld/pick-start");
    }

    @GetMapping("/handheld/pick/{order}")
    @PreAuthorize(Access.FLOOR)
    ModelAndView order(@PathVariable String order) {
        return step(picking.pickList(order));
    }

    /** Where the sign-in page sends an operator back to after a session expired during a scan. */
    @GetMapping("/handheld/pick/{order}/{pick}")
    @PreAuthorize(Access.FLOOR)
    ModelAndView resume(@PathVariable String order) {
        return new ModelAndView("redirect:/handheld/pick/" + UriUtils.encodePathSegment(order, "UTF-8"));
    }

    @PostMapping("/handheld/pick/{order}/allocation")
    @PreAuthorize(Access.FLOOR)
    ModelAndView allocate(@PathVariable String order, @RequestParam String idempotencyKey, Locale locale) {
        try {
            return step(picking.allocate(new BookingContext(idempotencyKey, null), order));
        } catch (LotlineException refused) {
            return refused(picking.pickList(order), refused, locale);
        }
    }

    @PostMapping("/handheld/pick/{order}/{pick}")
    @PreAuthorize(Access.FLOOR)
    ModelAndView confirm(@PathVariable String order, @PathVariable long pick, @RequestParam String idempotencyKey,
                         @RequestParam(required = false) String scan,
                         @RequestParam(required = false) String quantity,
                         @RequestParam(defaultValue = "false") boolean substitute, Locale locale) {
        PickList before = picking.pickList(order);
        try {
            PickList after = picking.confirm(new BookingContext(idempotencyKey, null), order, pick,
                    rules.checked(new ConfirmPick(scan, quantity(before, pick, quantity), substitute)));
            ModelAndView page = step(after);
            page.addObject("confirmed", confirmed(after, pick));
            return page;
        } catch (LotlineException refused) {
            ModelAndView page = refused(before, refused, locale);
            page.addObject("scanned", scan);
            return page;
        }
    }

    /** The pick as confirmed, or the substitute that took its place. */
    private static PickList.Pick confirmed(PickList list, long pick) {
        return list.picks().stream().filter(p -> Long.valueOf(pick).equals(p.substitutes())).findFirst()
                .or(() -> list.picks().stream().filter(p -> p.pick() == pick).findFirst()).orElse(null);
    }

    private ModelAndView refused(PickList list, LotlineException refused, Locale locale) {
        ModelAndView page = step(list);
        page.addObject("failure", FormFailure.of(refused, messages, locale));
        page.setStatus(statusOf(refused));
        return page;
    }

    private static ModelAndView step(PickList list) {
        ModelAndView page = new ModelAndView("handheld/pick");
        Optional<PickList.Pick> next = list.picks().stream().filter(p -> p.status() == PickStatus.RESERVED)
                .findFirst();
        page.addObject("list", list);
        page.addObject("next", next.orElse(null));
        page.addObject("done", list.picks().stream().filter(p -> p.status() == PickStatus.PICKED).count());
        page.addObject("open", list.picks().stream().filter(p -> p.status() == PickStatus.RESERVED).count());
        page.addObject("key", UUID.randomUUID().toString());
        return page;
    }

    /** The quantity typed, in the pick's unit; empty means the whole pick. */
    private static Quantity quantity(PickList list, long pick, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        PickList.Pick target = list.picks().stream().filter(p -> p.pick() == pick).findFirst().orElseThrow(
                () -> new io.lotline.shared.Unknown("pick", "pick", pick));
        try {
            return new Quantity(new BigDecimal(typed.strip().replace(',', '.')), target.quantity().unit());
        } catch (NumberFormatException notANumber) {
            throw new InvalidInput("quantity", typed, "number", "Type the quantity as a number, e.g. 12.5");
        }
    }
}
