package io.lotline.gs1;

/** The labels Lotline prints: a lot's label, a case's (its content given), a pallet's logistic label with its SSCC. */
public enum LabelKind {
    LOT, CASE, PALLET
}
