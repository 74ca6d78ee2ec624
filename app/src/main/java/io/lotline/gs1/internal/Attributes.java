package io.lotline.gs1.internal;

import java.util.ArrayList;
import java.util.List;

/** The key-value attributes of a dictionary entry: {@code req=01+21,02}, {@code ex=255,37}, {@code dlpkey=22,10,21|235}. */
record Attributes(List<List<List<String>>> requires, List<String> excludes, List<List<String>> qualifierPaths,
                  boolean primaryKey) {

    static Attributes parse(List<String> tokens) {
        List<List<List<String>>> requires = new ArrayList<>();
        List<String> excludes = new ArrayList<>();
        List<List<String>> qualifierPaths = new ArrayList<>();
        boolean primaryKey = false;
        for (String token : tokens) {
            int equals = token.indexOf('=');
            String key = equals < 0 ? token : token.substring(0, equals);
            String value = equals < 0 ? "" : token.substring(equals + 1);
            switch (key) {
                case "req" -> requires.add(alternatives(value));
                case "ex" -> excludes.addAll(List.of(value.split(",")));
                case "dlpkey" -> {
                    primaryKey = true;
                    for (String path : value.split("\\|")) {
                        qualifierPaths.add(path.isEmpty() ? List.of() : List.of(path.split(",")));
                    }
                }
                default -> { }
            }
        }
        return new Attributes(List.copyOf(requires), List.copyOf(excludes), List.copyOf(qualifierPaths), primaryKey);
    }

    private static List<List<String>> alternatives(String value) {
        List<List<String>> alternatives = new ArrayList<>();
        for (String alternative : value.split(",")) {
            alternatives.add(List.of(alternative.split("\\+")));
        }
        return List.copyOf(alternatives);
    }
}
