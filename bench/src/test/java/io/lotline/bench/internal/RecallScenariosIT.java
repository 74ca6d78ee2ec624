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
 * The bench command at the tiny size with the recall scenarios, on the test database: R1 drills a raw lot of the food
 * shape, R2 the super-node with its FSMA 204 spreadsheet, each through the real API, and both land in the table and
 * the JSON with the customers and spreadsheet rows they found and every mass balance exact.
 */
class RecallScenariosIT extends IntegrationTest {
    @Autowired
    AutowireCapableBeanFactory beans;

    @TempDir
    Path results;

    @Test
    void a_tiny_run_drills_a_raw_lot_and_the_super_node_and_finds_every_mass_balance_exact() throws Exception {
        // On H2 the tiny run takes close to a minute (performance.md, "What should change") and tests nothing the
        // PostgreSQL run does not.
        Assumptions.assumeTrue(TestDatabase.isPostgres(), "the recall scenarios are measured on PostgreSQL");
        Path json = results.resolve("tiny.json");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exit = beans.createBean(BenchCommand.class).execute(BenchOptions.parse(new DefaultApplicationArguments(
                "--size=tiny", "--scenarios=recall", "--roots=1", "--warmup=1", "--out=" + json)),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(json.toFile());
        List<JsonNode> scenarios = StreamSupport.stream(report.get("scenarios").spliterator(), false).toList();
        assertThat(scenarios).extracting(s -> s.get("id").asString()).containsExactly("R1", "R2");
        JsonNode drill = scenarios.get(0);
        assertThat(drill.get("millis").get("runs").asInt()).isEqualTo(1);
        assertThat(drill.get("lots").get("max").asDouble()).isGreaterThan(100);
        assertThat(drill.get("target").asString()).isEqualTo("p50 <= 300 ms, p99 <= 1 s");
        assertThat(drill.get("note").asString()).contains("mass balance exact in every drill")
                .doesNotContain("customers p50 0 ");
        JsonNode withSheet = scenarios.get(1);
        assertThat(withSheet.get("lots").get("max").asInt())
                .isEqualTo(report.get("dataset").get("shapes").get(2).get("superNodeReach").asInt());
        assertThat(withSheet.get("note").asString()).contains("mass balance exact in every drill")
                .containsPattern("spreadsheet [1-9][0-9,]* rows")
                .containsPattern("heap [0-9,]+ MB before the measured drills \\(after a full collection\\), at most "
                        + "[0-9,]+ MB right after any of the [0-9]+ collections during them, [1-9][0-9,]* MB after");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("R1  G2 commingled food, mock recall",
                "R2  G3 super-node, mock recall");
    }
}
