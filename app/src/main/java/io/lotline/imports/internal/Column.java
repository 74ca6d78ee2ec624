package io.lotline.imports.internal;

/** A column of an import file: its header, whether every row must fill it, and the template's example value. */
record Column(String name, boolean required, Object example) {

    static Column required(String name, Object example) {
        return new Column(name, true, example);
    }

    static Column optional(String name, Object example) {
        return new Column(name, false, example);
    }
}
