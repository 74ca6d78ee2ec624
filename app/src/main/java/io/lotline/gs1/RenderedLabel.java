package io.lotline.gs1;

/** A label ready for the printer, named for download. */
public record RenderedLabel(String fileName, LabelFormat format, byte[] content) {
}
