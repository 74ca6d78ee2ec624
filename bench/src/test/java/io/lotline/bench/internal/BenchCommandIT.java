package io.lotline.bench.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.DefaultApplicationArguments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bench command at the tiny size, on the test database: the allocation scenarios run through the picking API,
 * land in the table and the JSON, top the balance table up to the size asked for, and leave no reservation and no
 * open order behind, with the audit chain and every balance still checking out.
 */
class BenchCommandIT extends IntegrationTest {
    @Autowired
    AutowireCapableBeanFactory beans;

    @TempDir
    Path results;

    @Test
    void a_tiny_run_of_the_picking_scenarios_allocates_without_double_allocation_and_gives_the_stock_back()
            throws Exception {
        long balances = count("stock_balances") + 30_000;
        Path json = results.resolve("tiny.json");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exit = beans.createBean(BenchCommand.class).execute(BenchOptions.parse(new DefaultApplicationArguments(
                "--size=tiny", "--scenarios=picking", "--roots=20", "--warmup=5", "--allocation-warmup=5", "--pick-lines=200",
                "--balances=" + balances, "--out=" + json)), new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(json.toFile());
        List<JsonNode> scenarios = StreamSupport.stream(report.get("scenarios").spliterator(), false).toList();
        assertThat(scenarios).extracting(s -> s.get("id").asString()).containsExactly("A1", "A1", "A2");
        assertThat(scenarios.get(0).get("millis").get("runs").asInt()).isEqualTo(20);
        assertThat(scenarios.get(0).get("scenario").asString()).contains("over 200 candidate lots");
        assertThat(scenarios.get(2).get("throughput").get("count").asLong()).isEqualTo(200);
        assertThat(scenarios.get(2).get("note").asString())
                .startsWith("0 of").contains("0 lines short; 0 orders refused");
        assertThat(report.get("checks").get("chainIntact").asBoolean()).isTrue();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("A1  FEFO allocation", "A2  8 allocation waves");

        String site = report.get("dataset").get("prefix").asString() + "-PK";
        assertThat(count("stock_balances")).isGreaterThanOrEqualTo(balances);
        assertThat(jdbc.sql("select count(*) from customer_orders where code like ? and status <> 'CANCELLED'")
                .param(site + "-%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                        select count(*) from stock_reservations where customer_order like ?""")
                .param(site + "-%").query(Long.class).single()).isZero();
    }
}
