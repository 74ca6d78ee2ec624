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
 * The bench's {@code http} family at the tiny size, on two web instances started on the test database: every request
 * is answered, every scenario lands in the JSON with its runs, the traces over HTTP reach as many lots as the
 * recursive CTE on the same roots, and the allocations leave no double allocation behind. Figures are not judged.
 * It runs in the PostgreSQL run only, where the family is measured and the CTE exists.
 */
class BenchHttpIT extends IntegrationTest {
    private static final int ROOTS = 4;

    @Autowired
    AutowireCapableBeanFactory beans;

    @TempDir
    Path results;

    @Test
    void a_tiny_run_over_http_on_two_instances_answers_every_request_and_reports_every_scenario() throws Exception {
        Assumptions.assumeTrue(TestDatabase.isPostgres(), "the http family is measured on PostgreSQL");
        Path json = results.resolve("http.json");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exit = beans.createBean(BenchCommand.class).execute(BenchOptions.parse(new DefaultApplicationArguments(
                "--size=tiny", "--scenarios=http", "--roots=" + ROOTS, "--warmup=2", "--allocation-warmup=2",
                "--pick-lines=40", "--clients=4", "--instances=2", "--requests=200", "--bookings=200",
                "--instance-pool=3",
                "--out=" + json)), new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(exit).as(printed.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(json.toFile());
        List<JsonNode> scenarios = StreamSupport.stream(report.get("scenarios").spliterator(), false).toList();
        assertThat(scenarios).extracting(s -> s.get("id").asString()).containsExactly(
                "I2", "I2", "H1", "H1", "U1", "T1", "T1", "T1", "T2", "T2", "T2", "T2", "R1", "A1", "A2",
                "T1", "I2", "A1", "N1", "N1", "T1", "N1", "N1");
        assertThat(scenarios).allSatisfy(s -> assertThat(s.get("millis").get("runs").asInt()).isPositive());
        assertThat(scenarios.subList(0, 2)).allSatisfy(i2 -> assertThat(i2.get("throughput").get("count").asLong())
                .as("entries of 100 receipts and 100 transfers").isGreaterThanOrEqualTo(200));
        assertThat(scenarios.get(1).get("scenario").asString()).endsWith("the same again");
        assertThat(jdbc.sql("""
                        select l.lot_number from lots l join items i on i.id = l.item_id
                         where i.sku like '%-HT-ITEM-%'""").query(String.class).list())
                .as("lots received over HTTP, numbered by the run's own format").hasSizeGreaterThanOrEqualTo(200)
                .allSatisfy(number -> assertThat(number).matches("[A-Z0-9]+-HT\\d{6}-\\d{6}"));
        assertThat(scenarios.get(2).get("millis").get("runs").asInt()).isEqualTo(200);
        assertThat(scenarios.get(3).get("scenario").asString()).startsWith("token authentication in process");
        assertThat(scenarios.get(3).get("millis").get("runs").asInt()).isEqualTo(200);
        assertThat(scenarios.get(3).get("note").asString()).isEqualTo("no request failed");
        assertThat(scenarios).filteredOn(s -> s.get("scenario").asString().contains("recursive CTE"))
                .hasSize(3).allSatisfy(s -> assertThat(s.get("note").asString())
                        .contains("the CTE reached as many lots as Lotline on every root"));
        assertThat(scenarios.get(5).get("millis").get("runs").asInt()).isEqualTo(ROOTS);
        assertThat(scenarios.get(5).get("lots").get("p50").asDouble()).isGreaterThan(1);
        assertThat(scenarios).filteredOn(s -> s.get("id").asString().matches("A2|N1")
                        && s.get("scenario").asString().contains("waves"))
                .hasSize(2).allSatisfy(s -> assertThat(s.get("note").asString()).contains("0 of"));
        assertThat(report.get("checks").get("chainIntact").asBoolean()).isTrue();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("I2  bookings over HTTP", "N1 ");
    }
}
