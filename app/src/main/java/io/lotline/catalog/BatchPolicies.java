package io.lotline.catalog;

import java.util.List;
import java.util.Optional;

/**
 * Batch policies of categories and of items that override them. Look-ups of a category or item without a policy
 * throw {@link io.lotline.shared.Unknown}.
 */
public interface BatchPolicies {

    /** Records a new version of the category's policy; it applies to lots created from now on. */
    BatchPolicy defineForCategory(String category, DefineBatchPolicy policy);

    /** Records a new version of the item's own policy, which takes the place of its category's. */
    BatchPolicy defineForItem(String sku, DefineBatchPolicy policy);

    BatchPolicy ofCategory(String category);

    /** Every version of the category's policy, the newest first. */
    List<BatchPolicy> historyOfCategory(String category);

    /** The policy lots of the item are born under now: its own, else its category's. */
    BatchPolicy ofItem(String sku);

    /** Every version of the item's own policy, the newest first. */
    List<BatchPolicy> historyOfItem(String sku);

    /** The policy lots of the item are born under now, if it or its category has one. */
    Optional<BatchPolicy> current(long itemId);

    /** A version, as a lot that was born under it remembers it. */
    BatchPolicy version(long id);

    /** Whether any version of any policy defines the attribute {@code name}: only then can a lot carry it. */
    boolean defines(String attributeName);
}
