package io.lotline.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lotline.catalog.Item;
import io.lotline.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Every item can be locked from the moment it exists: its lock row is created with it, and only with it. */
class ItemLocksIT extends IntegrationTest {
    @Autowired
    ItemLocks locks;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void a_registered_item_has_its_lock_row_at_once_and_no_item_is_without_one() {
        Item flour = floor.anItem().register();

        assertThat(jdbc.sql("select stock_version from stock_item_locks where item_id = ?").param(flour.id())
                .query(Long.class).list()).containsExactly(0L);
        assertThat(jdbc.sql("""
                        select count(*) from items i
                         where not exists (select 1 from stock_item_locks l where l.item_id = i.id)""")
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_registration_rolled_back_leaves_neither_the_item_nor_its_lock_row() {
        long items = count("items");
        long rows = count("stock_item_locks");

        transaction.executeWithoutResult(status -> {
            floor.anItem().register();
            status.setRollbackOnly();
        });

        assertThat(count("items")).isEqualTo(items);
        assertThat(count("stock_item_locks")).isEqualTo(rows);
    }

    @Test
    void locking_an_item_without_a_lock_row_fails_and_names_it() {
        Item sugar = floor.anItem().register();
        Item salt = floor.anItem().register();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            jdbc.sql("delete from stock_item_locks where item_id = ?").param(salt.id()).update();
            locks.lock(List.of(salt.id(), sugar.id()));
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("items [" + salt.id() + "]");

        assertThat(jdbc.sql("select count(*) from stock_item_locks where item_id = ?").param(salt.id())
                .query(Long.class).single()).isOne();
    }
}
