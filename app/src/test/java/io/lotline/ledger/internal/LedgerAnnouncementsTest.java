package io.lotline.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.core.Notification;

class LedgerAnnouncementsTest {
    private static final String SELF = "3ab15f3b-eb99-4d2f-95d0-150e434e24e5";

    @Test
    void an_instance_passes_over_its_own_notices() throws Exception {
        assertThat(LedgerAnnouncements.fromAnotherInstance(notices(SELF, SELF), sender(), SELF)).isFalse();
        assertThat(LedgerAnnouncements.fromAnotherInstance(notices(), sender(), SELF)).isFalse();
        assertThat(LedgerAnnouncements.fromAnotherInstance(null, sender(), SELF)).isFalse();
    }

    @Test
    void a_notice_from_another_instance_among_its_own_is_heeded_and_so_is_one_that_names_no_instance()
            throws Exception {
        assertThat(LedgerAnnouncements.fromAnotherInstance(notices(SELF, "9d1e0c52-another"), sender(), SELF))
                .isTrue();
        assertThat(LedgerAnnouncements.fromAnotherInstance(notices(""), sender(), SELF)).isTrue();
    }

    private static PGNotification[] notices(String... senders) {
        PGNotification[] notices = new PGNotification[senders.length];
        for (int i = 0; i < senders.length; i++) {
            notices[i] = new Notification(LedgerAnnouncements.CHANNEL, 4711 + i, senders[i]);
        }
        return notices;
    }

    private static Method sender() throws NoSuchMethodException {
        return LedgerAnnouncements.sender(PGConnection.class.getMethod("getNotifications", int.class));
    }
}
