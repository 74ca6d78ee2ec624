package io.lotline.recall.internal;

import io.lotline.recall.RecallReport;
import io.lotline.recall.RecallReport.CustomerExposure;
import io.lotline.shared.Refused;
import io.lotline.shared.Unknown;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a customer the recall notice: a short letter to the recall contact with the notice PDF attached. When SMTP
 * is not configured or refuses the message, the request fails with the reason and the notice is not marked sent.
 */
@Component
class RecallMail {
    private final ObjectProvider<JavaMailSender> sender;
    private final RecallDocuments documents;
    private final String from;

    RecallMail(ObjectProvider<JavaMailSender> sender, RecallDocuments documents,
               RecallProperties settings) {
        this.sender = sender;
        this.documents = documents;
        this.from = settings.mail().from();
    }

    /** Returns the address the notice went to. */
    String send(RecallReport report, String customer) {
        CustomerExposure exposure = report.customers().stream().filter(c -> c.customer().equals(customer))
                .findFirst().orElseThrow(() -> new Unknown("customer of this recall", "customer", customer));
        if (exposure.email() == null || exposure.email().isBlank()) {
            throw new Refused("customer", customer, "recall-contact-email",
                    customer + " has no recall contact e-mail; send the notice PDF another way and mark it sent");
        }
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null || mail instanceof JavaMailSenderImpl smtp && (smtp.getHost() == null
                || smtp.getHost().isBlank())) {
            throw new Refused("customer", customer, "mail-configured",
                    "E-mail is not configured (LOTLINE_MAIL_HOST); download the notice PDF and mark it sent");
        }
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper letter = new MimeMessageHelper(message, true, "UTF-8");
            letter.setFrom(from);
            letter.setTo(exposure.email());
            letter.setSubject("PRODUCT RECALL " + report.code() + ": stop using the lots listed");
            letter.setText("Dear " + (exposure.contact() == null ? "customer" : exposure.contact()) + ",\n\n"
                    + "we are recalling products you received from us. Reason: " + report.reason() + "\n\n"
                    + "The attached notice lists the lots, delivery dates, quantities and delivery notes. Stop selling "
                    + "and using them at once, keep them apart, and reply to confirm receipt and the quantity you hold."
                    + "\n");
            letter.addAttachment(report.code() + "-" + customer + ".pdf",
                    new ByteArrayResource(documents.noticePdf(report, customer)), "application/pdf");
            mail.send(message);
            return exposure.email();
        } catch (MessagingException | MailException refused) {
            throw new Refused("customer", customer, "mail-accepted",
                    "The mail server did not accept the notice: " + refused.getMessage());
        }
    }
}
