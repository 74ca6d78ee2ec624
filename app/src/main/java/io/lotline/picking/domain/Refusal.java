package io.lotline.picking.domain;

/** Why a lot is not picked, or a scan not accepted: the rule, and the reason a picker and an auditor read. */
public record Refusal(String rule, String reason) {
    public Refusal {
        if (rule == null || reason == null) {
            throw new IllegalArgumentException("A refusal names its rule and its reason");
        }
    }
}
