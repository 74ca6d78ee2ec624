package io.lotline.catalog;

import io.lotline.shared.Gln;

/** A plant or distribution centre, identified to trading partners by its GLN; its plant code appears in lot numbers. */
public record Site(long id, String code, String name, Gln gln, Address address, String plantCode, String phone) {
}
