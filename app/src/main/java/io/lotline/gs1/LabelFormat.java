package io.lotline.gs1;

/** PDF for office printers, ZPL for Zebra-compatible thermal printers. */
public enum LabelFormat {
    PDF("application/pdf"), ZPL("text/plain");

    private final String mediaType;

    LabelFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
