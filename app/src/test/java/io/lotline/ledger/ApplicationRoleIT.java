package io.lotline.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.lotline.support.Floor;
import io.lotline.support.IntegrationTest;
import io.lotline.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

/**
 * On PostgreSQL with an owner role and an application role (as the README's production section sets them up), the
 * application's connection cannot set the ledger's guards aside: it owns no table, so it cannot switch a trigger
 * off, alter, truncate or drop the ledger.
 */
class ApplicationRoleIT extends IntegrationTest {

    @BeforeEach
    void onlyWithTwoRoles() {
        assumeTrue(TestDatabase.isPostgres() && System.getenv("LOTLINE_TEST_POSTGRES_OWNER_USER") != null,
                "the PostgreSQL run with an owner role (LOTLINE_TEST_POSTGRES_OWNER_USER)");
    }

    @Test
    void the_ledger_belongs_to_the_owner_not_to_the_application() {
        assertThat(jdbc.sql("select tableowner from pg_tables where tablename = 'ledger_entries' "
                + "and schemaname = current_schema()")
                .query(String.class).single()).isEqualTo(TestDatabase.ownerUser());
        assertThat(jdbc.sql("select current_user").query(String.class).single())
                .isNotEqualTo(TestDatabase.ownerUser());
    }

    @Test
    void the_application_cannot_switch_the_append_only_trigger_off() {
        assertThatThrownBy(() -> jdbc.sql("alter table ledger_entries disable trigger ledger_entries_append_only")
                .update()).isInstanceOf(DataAccessException.class).rootCause()
                .hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.sql("alter table ledger_entries disable trigger all").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("must be owner");
    }

    @Test
    void the_application_cannot_truncate_alter_or_drop_the_ledger() {
        assertThatThrownBy(() -> jdbc.sql("truncate ledger_entries, ledger_chain, stock_balances").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("alter table ledger_chain add column note text").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.sql("drop table ledger_entries cascade").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.sql("drop function lotline_refuse_rewrite() cascade").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("must be owner");
    }

    @Test
    void the_application_still_cannot_rewrite_an_entry_because_the_trigger_holds() {
        Floor.Site site = floor.aSite();
        floor.receive(site, floor.anItem().register(), "5", site.rack(), null);
        assertThatThrownBy(() -> jdbc.sql("delete from ledger_entries where seq = (select max(seq) from "
                + "ledger_entries)").update()).isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("append-only");
    }
}
