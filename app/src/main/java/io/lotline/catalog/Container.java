package io.lotline.catalog;

/** A pallet, case or tote that carries stock and is scanned as a whole. */
public record Container(long id, String code, ContainerKind kind) {
}
