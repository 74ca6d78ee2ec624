package io.lotline.gs1.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The GS1 test cases in {@code ../shared/vectors/gs1/}, beside the project (surefire runs in the project folder). */
final class Gs1Vectors {
    static final Path FOLDER = Path.of("../shared/vectors/gs1");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Gs1Vectors() {
    }

    static List<JsonNode> lines(String file) {
        try {
            return Files.readAllLines(FOLDER.resolve(file)).stream().filter(line -> !line.isBlank())
                    .map(JSON::readTree).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
