package io.lotline.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.lotline.support.TestDatabase;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A partner's document of 100 MB is captured by a Lotline whose heap is 256 MB: the document is read event by
 * event, so its size does not decide the memory. The capture runs in a JVM of its own, started with that heap, on an
 * H2 database file of its own; the heap bound is the reader's, so it is shown once, in the H2 run.
 */
class LargeDocumentCaptureIT {
    private static final long HUNDRED_MB = 100L * 1000 * 1000;

    @Test
    void a_document_of_100_mb_is_captured_in_256_mb_of_heap(@TempDir Path work) throws Exception {
        assumeFalse(TestDatabase.isPostgres());
        Path document = work.resolve("document.jsonld");
        int events = LargeDocuments.write(document, HUNDRED_MB);
        assertThat(Files.size(document)).isGreaterThanOrEqualTo(HUNDRED_MB);
        Path output = work.resolve("output.txt");

        Process capture = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), LargeDocumentCapture.class.getName(),
                document.toString(), work.resolve("data").toString()))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        int exit = capture.waitFor();

        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(exit).as(tail(printed)).isZero();
        assertThat(printed).contains("captured " + events + " stored " + events + " max heap");
    }

    /** The end of what the capture printed, to say why it failed. */
    private static String tail(String printed) {
        return printed.substring(Math.max(0, printed.length() - 4000)).replace(File.separatorChar, '/');
    }
}
