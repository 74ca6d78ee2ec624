package io.lotline.bench.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.support.IntegrationTest;
import io.lotline.support.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.DefaultApplicationArguments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bench's {@code screens} family at the tiny size, in headless Chromium on a web instance started on the test
 * database: every lot page answers with its time on the server, every trace graph is drawn with boxes, a mouse click
 * on a box folds what follows it, and each row lands in the JSON with its runs. Figures are not judged. Skipped where
 * Chromium is not installed, except on CI.
 */
class BenchScreensIT extends IntegrationTest {
    private static final int ROOTS = 3;
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @Autowired
    AutowireCapableBeanFactory beans;

    @TempDir
    Path results;

    @Test
    void a_tiny_run_of_the_screens_draws_every_graph_answers_a_click_and_reports_every_row() throws Exception {
        // What the browser measures does not depend on the database; the PostgreSQL run is the one of record.
        Assumptions.assumeTrue(TestDatabase.isPostgres(), "the screens are measured on PostgreSQL");
        boolean installed = Chromium.installed(CHROMIUM, DRIVER);
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("The screens need " + CHROMIUM + " and " + DRIVER + " on CI");
        }
        Assumptions.assumeTrue(installed, "Chromium is not installed");
        Path json = results.resolve("screens.json");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exit = beans.createBean(BenchCommand.class).execute(BenchOptions.parse(new DefaultApplicationArguments(
                "--size=tiny", "--scenarios=screens", "--roots=" + ROOTS, "--warmup=1", "--instance-pool=3",
                "--chromium=" + CHROMIUM, "--chromedriver=" + DRIVER, "--out=" + json)),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(exit).as(printed.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(json.toFile());
        List<JsonNode> rows = StreamSupport.stream(report.get("scenarios").spliterator(), false).toList();
        assertThat(rows).extracting(s -> s.get("id").asString()).containsExactly("U2", "G-1k", "G-33k");
        assertThat(rows).allSatisfy(s -> assertThat(s.get("millis").get("runs").asInt()).isEqualTo(ROOTS));
        assertThat(rows.get(0).get("note").asString()).contains("every page answered");
        assertThat(rows.subList(1, 3)).allSatisfy(s -> {
            assertThat(s.get("drawnNodes").get("p50").asDouble()).isPositive();
            assertThat(s.get("lots").get("p50").asDouble()).isPositive();
            assertThat(s.get("note").asString()).contains("every graph drawn");
        });
        assertThat(rows.get(1).get("note").asString())
                .contains("a mouse click on a box folded what follows it in " + ROOTS + " of " + ROOTS);
        assertThat(rows.get(2).get("note").asString()).containsPattern("at most [0-9,]+ bytes sent");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("U2  the lot page", "G-33k the clustered");
    }
}
