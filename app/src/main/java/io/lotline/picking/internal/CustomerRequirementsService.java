package io.lotline.picking.internal;

import io.lotline.catalog.Catalog;
import io.lotline.catalog.Party;
import io.lotline.catalog.PartyRole;
import io.lotline.identity.CurrentActor;
import io.lotline.picking.CustomerRequirements;
import io.lotline.picking.CustomerShelfLife;
import io.lotline.picking.ShelfLifeMinimum;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps what customers require of the goods they get. Unknown customers and items are refused with 404. */
@Service
@Transactional
class CustomerRequirementsService implements CustomerRequirements {
    private final ShelfLifeRequirements requirements;
    private final Catalog catalog;
    private final CurrentActor actor;
    private final Clock clock;

    CustomerRequirementsService(ShelfLifeRequirements requirements, Catalog catalog, CurrentActor actor, Clock clock) {
        this.requirements = requirements;
        this.catalog = catalog;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public CustomerShelfLife shelfLife(String customer) {
        Party party = catalog.party(customer, PartyRole.CUSTOMER, "customer");
        return new CustomerShelfLife(party.code(), requirements.general(party.id()).orElse(null),
                requirements.perItem(party.id()));
    }

    @Override
    public CustomerShelfLife requireShelfLife(String customer, ShelfLifeMinimum minimum) {
        Party party = catalog.party(customer, PartyRole.CUSTOMER, "customer");
        requirements.setGeneral(party.id(), minimum.minimumRemainingDays(), clock.instant(),
                actor.current().username());
        return shelfLife(customer);
    }

    @Override
    public CustomerShelfLife requireShelfLife(String customer, String sku, ShelfLifeMinimum minimum) {
        Party party = catalog.party(customer, PartyRole.CUSTOMER, "customer");
        requirements.setForItem(party.id(), catalog.item(sku).id(), minimum.minimumRemainingDays(), clock.instant(),
                actor.current().username());
        return shelfLife(customer);
    }
}
