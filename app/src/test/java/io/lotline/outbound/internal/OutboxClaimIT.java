package io.lotline.outbound.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lotline.support.IntegrationTest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances look for due messages at the same moment: a message one of them has claimed and still holds is
 * skipped by the other, not waited for and not delivered twice (PostgreSQL hands it the next one; H2 may lock
 * more than it returns, and hands it none); once the claim's lease runs out the message is due again.
 */
class OutboxClaimIT extends IntegrationTest {
    // far beyond the clock, so that the application's own relay leaves these messages alone
    private static final Instant LATER = Instant.parse("2200-01-01T00:00:00Z");

    @Autowired
    OutboxMessages outbox;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void a_message_claimed_by_one_relay_is_skipped_by_another_until_its_lease_runs_out() throws Exception {
        // messages other tests left waiting would be claimed too, and may be held by the application's own relay
        jdbc.sql("update outbox_messages set status = 'CANCELLED' where status = 'PENDING'").update();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into outbound_subscriptions (name, webhook_url, webhook_secret, event_types, biz_steps,
                                                            created_by, created_at)
                        values ('Claims', 'http://127.0.0.1:9/none', 'secret-of-sixteen-chars', '', '', 'test', ?)""")
                .param(LATER.atOffset(ZoneOffset.UTC)).update(keys, "id");
        long subscription = keys.getKey().longValue();
        outbox.add(subscription, "EntryBooked", "{}", LATER);
        outbox.add(subscription, "EntryBooked", "{}", LATER);

        List<List<Long>> claims = transaction.execute(first -> {
            List<Long> mine = ids(outbox.claimDue(LATER, LATER.plusSeconds(60), 1));
            List<Long> other = CompletableFuture.supplyAsync(() -> transaction.execute(second ->
                    ids(outbox.claimDue(LATER, LATER.plusSeconds(60), 10)))).join();
            return List.of(mine, other);
        });

        assertThat(claims.get(0)).hasSize(1);
        assertThat(claims.get(1)).doesNotContainAnyElementsOf(claims.get(0));
        assertThat(ids(transaction.execute(status -> outbox.claimDue(LATER.plusSeconds(30), LATER.plusSeconds(90),
                10)))).doesNotContainAnyElementsOf(claims.get(0));
        assertThat(ids(transaction.execute(status -> outbox.claimDue(LATER.plusSeconds(200), LATER.plusSeconds(300),
                10)))).containsAll(claims.get(0));
    }

    private static List<Long> ids(List<OutboxMessages.Claimed> claimed) {
        return claimed.stream().map(OutboxMessages.Claimed::id).toList();
    }
}
