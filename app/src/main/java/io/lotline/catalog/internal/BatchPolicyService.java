package io.lotline.catalog.internal;

import io.lotline.catalog.BatchPolicies;
import io.lotline.catalog.BatchPolicy;
import io.lotline.catalog.Category;
import io.lotline.catalog.DefineBatchPolicy;
import io.lotline.catalog.Item;
import io.lotline.catalog.internal.BatchPolicyVersions.Owner;
import io.lotline.identity.CurrentActor;
import io.lotline.shared.InvalidInput;
import io.lotline.shared.Unknown;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Batch policies. A version never changes, but which version is current does, and another instance may have just
 * added one: each new version moves the catalog's revision, and an item's current policy is kept with the catalog's
 * copies (ADR 69), which a moved revision drops on every instance.
 */
@Service
@Transactional(readOnly = true)
class BatchPolicyService implements BatchPolicies {
    private final BatchPolicyVersions versions;
    private final Categories categories;
    private final Items items;
    private final MasterDataCache cache;
    private final MasterDataChanges changes;
    private final CurrentActor actor;
    private final Clock clock;

    BatchPolicyService(BatchPolicyVersions versions, Categories categories, Items items, MasterDataCache cache,
                       MasterDataChanges changes, CurrentActor actor, Clock clock) {
        this.versions = versions;
        this.categories = categories;
        this.items = items;
        this.cache = cache;
        this.changes = changes;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    @Transactional
    public BatchPolicy defineForCategory(String category, DefineBatchPolicy policy) {
        return define(Owner.category(category(category).id()), policy);
    }

    @Override
    @Transactional
    public BatchPolicy defineForItem(String sku, DefineBatchPolicy policy) {
        if (policy.tracking() != null || policy.pickingStrategy() != null) {
            throw new InvalidInput(policy.tracking() != null ? "tracking" : "pickingStrategy",
                    policy.tracking() != null ? policy.tracking() : policy.pickingStrategy(), "item-states-its-own",
                    "An item states its tracking and picking strategy itself; its batch policy names attributes");
        }
        return define(Owner.item(item(sku).id()), policy);
    }

    private BatchPolicy define(Owner owner, DefineBatchPolicy policy) {
        cache.changing();
        long id = versions.insert(owner, policy, clock.instant(), actor.current().username());
        changes.advance();
        return versions.byId(id).orElseThrow();
    }

    @Override
    public BatchPolicy ofCategory(String category) {
        return versions.latest(Owner.category(category(category).id()))
                .orElseThrow(() -> new Unknown("batch policy of category", "category", category));
    }

    @Override
    public List<BatchPolicy> historyOfCategory(String category) {
        return versions.all(Owner.category(category(category).id()));
    }

    @Override
    public BatchPolicy ofItem(String sku) {
        return current(item(sku).id()).orElseThrow(() -> new Unknown("batch policy of item", "sku", sku));
    }

    @Override
    public List<BatchPolicy> historyOfItem(String sku) {
        return versions.all(Owner.item(item(sku).id()));
    }

    @Override
    public Optional<BatchPolicy> current(long itemId) {
        return cache.copies().policies().get(itemId, this::readCurrent);
    }

    private Optional<BatchPolicy> readCurrent(long itemId) {
        Optional<BatchPolicy> own = versions.latest(Owner.item(itemId));
        if (own.isPresent()) {
            return own;
        }
        return items.categoryId(itemId).flatMap(category -> versions.latest(Owner.category(category)));
    }

    @Override
    public BatchPolicy version(long id) {
        return versions.byId(id).orElseThrow(() -> new Unknown("batch policy", "batchPolicyId", id));
    }

    @Override
    public boolean defines(String attributeName) {
        return versions.defines(attributeName);
    }

    private Category category(String code) {
        return categories.byCode(code).orElseThrow(() -> new Unknown("category", "category", code));
    }

    private Item item(String sku) {
        return items.bySku(sku).orElseThrow(() -> new Unknown("item", "sku", sku));
    }
}
