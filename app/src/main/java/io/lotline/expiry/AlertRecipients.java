package io.lotline.expiry;

import io.lotline.shared.Page;
import io.lotline.shared.PageRequest;

/**
 * Where the people behind a role receive their alerts. Users are kept by identity without an address; this module
 * keeps the one address per user that alerts to their roles are sent to.
 */
public interface AlertRecipients {

    RecipientAddress setAddress(String username, SetRecipientAddress command);

    Page<RecipientAddress> addresses(PageRequest page);
}
