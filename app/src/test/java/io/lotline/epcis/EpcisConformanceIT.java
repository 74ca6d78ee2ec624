package io.lotline.epcis;

import static io.lotline.support.Api.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import io.lotline.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * The official EPCIS 2.0 conformance inputs (GS1's examples, OpenEPCIS's invalid documents and our own minimal
 * ones, copied from ../shared/vectors/epcis into src/test/resources/epcis): every valid document is captured, every
 * invalid one refused with a problem that names what is wrong, and nothing of it stored. Each document is captured
 * in a transaction rolled back after it, as by a Lotline that has seen no other vector: two of GS1's examples give
 * the same event id to two different events.
 */
@Transactional
class EpcisConformanceIT extends IntegrationTest {

    static Stream<Path> valid() throws IOException {
        return vectors("valid");
    }

    static Stream<Path> invalid() throws IOException {
        return vectors("invalid");
    }

    @ParameterizedTest
    @MethodSource("valid")
    void every_valid_document_is_captured(Path vector) throws IOException {
        long before = count("epcis_events");

        MvcTestResult result = capture(vector);

        assertThat(result).hasStatusOk();
        List<String> ids = read(result, "$.eventIds");
        int captured = read(result, "$.captured");
        assertThat(ids).isNotEmpty();
        assertThat(captured + (int) read(result, "$.alreadyCaptured")).isEqualTo(ids.size());
        assertThat(count("epcis_events")).isEqualTo(before + captured);
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void every_invalid_document_is_refused_with_what_is_wrong_and_nothing_stored(Path vector) throws IOException {
        long before = count("epcis_events");

        MvcTestResult result = capture(vector);

        assertThat(result).hasStatus(400).hasContentType("application/problem+json");
        assertThat((String) read(result, "$.detail")).contains("Nothing of the document was stored");
        assertThat((List<?>) read(result, "$.errors")).isNotEmpty();
        assertThat((String) read(result, "$.errors[0].message")).isNotBlank();
        assertThat(count("epcis_events")).isEqualTo(before);
    }

    private MvcTestResult capture(Path vector) throws IOException {
        boolean xml = vector.toString().endsWith(".xml");
        return mvc.post().uri("/api/v1/epcis/capture").with(httpBasic("operator", PASSWORD))
                .contentType(xml ? "application/xml" : "application/ld+json")
                .content(Files.readAllBytes(vector)).exchange();
    }

    private static Stream<Path> vectors(String folder) throws IOException {
        return Files.list(Path.of("app/src/test/resources/epcis", folder)).sorted();
    }
}
