package io.lotline.web.internal;

import tools.jackson.core.JacksonException;

/** The dotted path of the JSON value a parse error happened at: {@code lines[2].quantity.amount}. */
final class JsonPaths {
    private JsonPaths() {
    }

    static String of(JacksonException failure) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : failure.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * The container of the failing value: a record whose constructor refused {@code quantity} is at
     * {@code lines[2]}, so the field reads {@code lines[2].quantity}. A nested record that names its fields from its
     * container ({@code recallContact.email}) is at that container's parent.
     */
    static String parent(String path, String field) {
        int cut = path.lastIndexOf('.');
        if (field != null && !path.isEmpty() && field.startsWith(path.substring(cut + 1) + ".")) {
            return cut < 0 ? "" : path.substring(0, cut);
        }
        if (field != null && path.endsWith("." + field)) {
            return path.substring(0, path.length() - field.length() - 1);
        }
        if (field != null && path.equals(field)) {
            return "";
        }
        return path;
    }
}
