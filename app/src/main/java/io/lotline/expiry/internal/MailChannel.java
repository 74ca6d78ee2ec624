package io.lotline.expiry.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Alert e-mails over SMTP, one message per address so that each recipient's outcome is known. Without an SMTP host
 * ({@code LOTLINE_MAIL_HOST}) e-mails are skipped and the history says so.
 */
@Component
class MailChannel {
    private final ObjectProvider<JavaMailSender> sender;
    private final ExpiryProperties properties;

    MailChannel(ObjectProvider<JavaMailSender> sender, ExpiryProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    Delivery send(String address, AlertMessage message) {
        JavaMailSender mail = sender.getIfAvailable();
        if (!configured(mail)) {
            return Delivery.skipped("E-mail is not configured: set LOTLINE_MAIL_HOST");
        }
        SimpleMailMessage email = new SimpleMailMessage();
        email.setFrom(properties.mail().from());
        email.setTo(address);
        email.setSubject(message.subject());
        email.setText(message.text());
        try {
            mail.send(email);
            return Delivery.sent("Accepted by the SMTP server");
        } catch (MailException refused) {
            return Delivery.failed(refused.getMostSpecificCause().getMessage());
        }
    }

    /** Spring creates the sender even for an empty {@code spring.mail.host}; such a sender has nowhere to send. */
    private static boolean configured(JavaMailSender mail) {
        return mail != null && !(mail instanceof JavaMailSenderImpl smtp
                && (smtp.getHost() == null || smtp.getHost().isBlank()));
    }
}
