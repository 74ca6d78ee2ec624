package io.lotline.recall.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The company that sends recall notices, under {@code lotline.company}: its name, address and phone, and the person
 * a customer calls about a recall. Printed at the head of every notice, so a customer knows who recalls and whom to
 * answer.
 */
@ConfigurationProperties("lotline.company")
record CompanyProfile(@DefaultValue("Lotline user") String name, String street, String postalCode, String city,
                      String country, String phone, @DefaultValue RecallContact recallContact) {

    /** The person who answers for recalls: name, e-mail and phone. */
    record RecallContact(String name, String email, String phone) {
    }

    String address() {
        return join(", ", street, join(" ", postalCode, city), country);
    }

    String contact() {
        return join(", ", recallContact.name(), recallContact.phone(), recallContact.email());
    }

    private static String join(String separator, String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                text.append(text.isEmpty() ? "" : separator).append(part);
            }
        }
        return text.toString();
    }
}
