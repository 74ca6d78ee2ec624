package io.lotline.catalog;

/** A pallet or case is known by a GS1 SSCC, or by the warehouse's own licence plate. */
public enum ContainerKind { SSCC, LICENCE_PLATE }
