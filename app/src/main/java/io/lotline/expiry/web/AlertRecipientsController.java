package io.lotline.expiry.web;

import io.lotline.expiry.AlertRecipients;
import io.lotline.expiry.RecipientAddress;
import io.lotline.expiry.SetRecipientAddress;
import io.lotline.identity.Access;
import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The addresses at which users receive the expiry alerts sent to their roles; kept by the admin. */
@RestController
@RequestMapping("/api/v1/alert-recipients")
@Tag(name = "Expiry alerts")
class AlertRecipientsController {
    private final AlertRecipients recipients;

    AlertRecipientsController(AlertRecipients recipients) {
        this.recipients = recipients;
    }

    @PutMapping("/{username}")
    @PreAuthorize(Access.ADMIN)
    RecipientAddress setAddress(@PathVariable String username, @RequestBody @Valid SetRecipientAddress command) {
        return recipients.setAddress(username, command);
    }

    @GetMapping
    @PreAuthorize(Access.ADMIN)
    Page<RecipientAddress> addresses(PageRequest page) {
        return recipients.addresses(page);
    }
}
