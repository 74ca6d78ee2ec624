package io.lotline.catalog.internal;

import io.lotline.catalog.MasterDataChange.FieldChange;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fields in which two versions of a change record differ, named as the API names them ({@code address.city}),
 * each with its value before and after as text.
 */
final class Differences {
    private Differences() {
    }

    static List<FieldChange> of(Record before, Record after) {
        List<FieldChange> fields = new ArrayList<>();
        compare("", before, after, fields);
        return fields;
    }

    private static void compare(String prefix, Record before, Record after, List<FieldChange> fields) {
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            Object was = value(component, before);
            Object is = value(component, after);
            String field = prefix + component.getName();
            if (was instanceof Record nested && !isSingleValue(nested) && is != null) {
                compare(field + ".", nested, (Record) is, fields);
            } else if (!Objects.equals(text(was), text(is))) {
                fields.add(new FieldChange(field, text(was), text(is)));
            }
        }
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return record == null ? null : component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException unreadable) {
            throw new IllegalStateException("Cannot read " + component.getName(), unreadable);
        }
    }

    /** A GTIN or a GLN reads as its digits. */
    private static boolean isSingleValue(Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        return components.length == 1 && components[0].getName().equals("value");
    }

    private static String text(Object value) {
        if (value instanceof Record record && isSingleValue(record)) {
            return String.valueOf(value(record.getClass().getRecordComponents()[0], record));
        }
        return value == null ? null : value.toString();
    }
}
