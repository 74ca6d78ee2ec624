package io.lotline.ui.internal;

import io.lotline.identity.Access;
import io.lotline.lots.LotNumberFormatDefinition;
import io.lotline.lots.Lots;
import io.lotline.shared.LotlineException;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The lot number formats new lots are numbered by: everyone reads them, as through the API; supervisors and admins
 * define one through the lots module, which checks the pattern. The API defines and lists formats but does not change
 * them, so neither does this page; a second submit is refused as a duplicate code.
 */
@Controller
class LotNumberFormatsPage extends PageController {
    private final Lots lots;
    private final FormRules rules;
    private final MessageSource messages;

    LotNumberFormatsPage(Lots lots, FormRules rules, MessageSource messages) {
        this.lots = lots;
        this.rules = rules;
        this.messages = messages;
    }

    @GetMapping("/admin/lot-number-formats")
    @PreAuthorize(Access.ANY_USER)
    ModelAndView formats() {
        return page(Map.of());
    }

    @PostMapping("/admin/lot-number-formats")
    @PreAuthorize(Access.MASTER_DATA)
    ModelAndView define(@RequestParam MultiValueMap<String, String> submitted, Locale locale) {
        AdminForm form = new AdminForm(submitted);
        try {
            return page(Map.of()).addObject("created", lots.defineFormat(rules.checked(new LotNumberFormatDefinition(
                    form.text("code"), form.text("pattern"), form.text("description"), form.ticked("isDefault"))))
                    .code());
        } catch (LotlineException refused) {
            ModelAndView page = page(form.typed());
            page.addObject("failure", FormFailure.of(refused, messages, locale));
            page.setStatus(statusOf(refused));
            return page;
        }
    }

    private ModelAndView page(Map<String, String> typed) {
        ModelAndView page = new ModelAndView("admin/lot-number-formats");
        page.addObject("formats", lots.formats());
        page.addObject("typed", typed);
        return page;
    }
}
