package io.lotline.epcis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotline.epcis.DocumentFormat;
import io.lotline.epcis.InvalidEpcisDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The official vectors, read without the application: valid ones give events, invalid ones a reasoned refusal. */
class EpcisDocumentsTest {
    private static final EpcisDocuments documents = new EpcisDocuments();

    static Stream<Path> valid() throws IOException {
        return vectors("valid");
    }

    static Stream<Path> invalid() throws IOException {
        return vectors("invalid");
    }

    @ParameterizedTest
    @MethodSource("valid")
    void every_valid_vector_is_read_into_events(Path vector) throws IOException {
        assertThat(documents.read(Files.readAllBytes(vector), format(vector))).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void every_invalid_vector_is_refused_with_what_is_wrong(Path vector) throws IOException {
        assertThatThrownBy(() -> documents.read(Files.readAllBytes(vector), format(vector)))
                .isInstanceOf(InvalidEpcisDocument.class)
                .satisfies(e -> assertThat(((InvalidEpcisDocument) e).errors()).isNotEmpty());
    }

    static DocumentFormat format(Path vector) {
        return vector.toString().endsWith(".xml") ? DocumentFormat.XML : DocumentFormat.JSON;
    }

    static Stream<Path> vectors(String folder) throws IOException {
        return Files.list(Path.of("app/src/test/resources/epcis", folder)).sorted();
    }
}
