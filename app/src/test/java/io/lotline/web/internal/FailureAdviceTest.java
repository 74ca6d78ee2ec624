package io.lotline.web.internal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A database that cannot be reached is answered 503 with a problem that says to retry with the same key. */
class FailureAdviceTest {
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
            .setControllerAdvice(new FailureAdvice()).build();

    @Test
    void a_pool_that_finds_no_connection_is_answered_503_database_unavailable() throws Exception {
        mvc.perform(post("/fail").param("with", "pool")).andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value("urn:lotline:problem:database-unavailable"))
                .andExpect(jsonPath("$.rule").value("retry"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("same idempotency key")));
    }

    @Test
    void a_transaction_that_cannot_begin_is_answered_503_database_unavailable() throws Exception {
        mvc.perform(post("/fail").param("with", "transaction")).andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value("urn:lotline:problem:database-unavailable"));
    }

    @RestController
    static class Failing {
        @PostMapping("/fail")
        void fail(@RequestParam String with) {
            if (with.equals("pool")) {
                throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
            }
            throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction");
        }
    }
}
