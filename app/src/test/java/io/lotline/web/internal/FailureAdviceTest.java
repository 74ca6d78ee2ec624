package io.lotline.web.internal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A database that cannot be reached is answered 503 with a problem that says to retry with the same key; any other
 * unexpected failure of the API 500 as a problem with a reference, and what Spring answers itself is left to it.
 */
class FailureAdviceTest {
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
            .setControllerAdvice(new FailureAdvice()).build();

    @Test
    void a_pool_that_finds_no_connection_is_answered_503_database_unavailable() throws Exception {
        mvc.perform(post("/api/fail").param("with", "pool")).andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value("urn:lotline:problem:database-unavailable"))
                .andExpect(jsonPath("$.rule").value("retry"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("same idempotency key")));
    }

    @Test
    void a_transaction_that_cannot_begin_is_answered_503_database_unavailable() throws Exception {
        mvc.perform(post("/api/fail").param("with", "transaction")).andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value("urn:lotline:problem:database-unavailable"));
    }

    @Test
    void an_unexpected_failure_of_the_api_is_answered_500_as_a_problem_with_a_reference() throws Exception {
        mvc.perform(post("/api/fail").param("with", "bug")).andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.type").value("urn:lotline:problem:internal-error"))
                .andExpect(jsonPath("$.reference").isString())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("reference")))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("null pointer of a bug"))));
    }

    @Test
    void a_failure_that_carries_its_own_status_keeps_it() throws Exception {
        mvc.perform(post("/api/fail").param("with", "status")).andExpect(status().isGone());
    }

    @Test
    void a_pages_failure_is_left_to_spring() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mvc.perform(post("/fail").param("with", "bug")))
                .hasRootCauseInstanceOf(IllegalStateException.class);
    }

    @RestController
    static class Failing {
        @PostMapping({"/api/fail", "/fail"})
        void fail(@RequestParam String with) {
            switch (with) {
                case "pool" -> throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
                case "transaction" -> throw new CannotCreateTransactionException(
                        "Could not open JDBC Connection for transaction");
                case "status" -> throw new ResponseStatusException(HttpStatus.GONE, "gone on purpose");
                default -> throw new IllegalStateException("null pointer of a bug");
            }
        }
    }
}
