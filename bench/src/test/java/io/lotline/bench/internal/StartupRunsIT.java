package io.lotline.bench.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.DefaultApplicationArguments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bench's {@code startup} family at the tiny size, on the test database: a web instance is started on the loaded
 * network as often as asked, each start counted once its readiness probe answered, and the run's report carries the
 * machine and the heap in its JSON and its table header. Figures are not judged.
 */
class StartupRunsIT extends IntegrationTest {
    @Autowired
    AutowireCapableBeanFactory beans;

    @TempDir
    Path results;

    @Test
    void a_tiny_run_starts_a_web_instance_until_it_is_ready_and_reports_the_heap() throws Exception {
        Path json = results.resolve("startup.json");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exit = beans.createBean(BenchCommand.class).execute(BenchOptions.parse(new DefaultApplicationArguments(
                "--size=tiny", "--scenarios=startup", "--startups=2", "--instance-pool=3", "--out=" + json)),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        String table = printed.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(table).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(json.toFile());
        JsonNode startup = report.get("scenarios").get(0);
        assertThat(report.get("scenarios").size()).isEqualTo(1);
        assertThat(startup.get("id").asString()).isEqualTo("S1");
        assertThat(startup.get("millis").get("runs").asInt()).isEqualTo(2);
        assertThat(startup.get("millis").get("p50").asDouble()).isPositive();
        assertThat(startup.get("note").asString()).startsWith("first start ");
        JsonNode heap = report.get("heap");
        assertThat(heap.get("usedAfterFullGcBytes").asLong()).isPositive()
                .isLessThanOrEqualTo(heap.get("maxBytes").asLong());
        assertThat(heap.get("peakUsedBytes").asLong()).isGreaterThanOrEqualTo(heap.get("usedAfterFullGcBytes").asLong());
        assertThat(report.get("machine").get("cores").asInt()).isPositive();
        assertThat(table).containsPattern("Heap: [0-9,]+ MB used after a full collection at the end of the run, peak "
                + "[0-9,]+ MB used, max [0-9,]+ MB").contains("S1  start-up to serving");
    }
}
