package io.lotline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

class CommandStartTest {

    @Test
    void a_command_runs_without_a_web_server_or_schedule_and_exits_with_its_result() {
        try (ConfigurableApplicationContext context = LotlineApplication.command("verify-ledger",
                "--spring.datasource.url=jdbc:h2:mem:command-start;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH")) {
            assertThat(context.containsBean("api")).as("no HTTP security without HTTP").isFalse();
            assertThat(context.getEnvironment().getProperty("lotline.expiry.sweep.cron")).as("no scheduled sweep")
                    .isEqualTo("-");
            assertThat(SpringApplication.exit(context)).isZero();
        }
    }
}
