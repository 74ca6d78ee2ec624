package io.lotline.sample.internal;

import io.lotline.catalog.BatchPolicies;
import io.lotline.catalog.Catalog;
import io.lotline.identity.Users;
import io.lotline.ledger.Movements;
import io.lotline.lots.Lots;
import io.lotline.receiving.Receiving;
import io.lotline.shared.PageRequest;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** With {@code lotline.sample-data.enabled=true}, loads the sample bakery into an empty database at start. */
@Component
@Order(10)
@ConditionalOnProperty(name = "lotline.sample-data.enabled", havingValue = "true")
@EnableConfigurationProperties(SampleDataProperties.class)
class SampleData implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(SampleData.class);

    private final SampleBakery bakery;
    private final Catalog catalog;
    private final TransactionTemplate transaction;
    private final String password;

    SampleData(Catalog catalog, Lots lots, Receiving receiving, Movements movements, Users users, Clock clock,
               BatchPolicies policies, TransactionTemplate transaction, SampleDataProperties settings) {
        this.bakery = new SampleBakery(catalog, lots, receiving, movements, users, clock, policies);
        this.catalog = catalog;
        this.transaction = transaction;
        this.password = settings.password();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (catalog.items(new PageRequest(0, 1)).totalElements() > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> bakery.load(password));
        log.info("Loaded the sample bakery. Sign in as operator, supervisor, quality or compliance with the "
                + "password '{}' (lotline.sample-data.password).", password);
    }
}
