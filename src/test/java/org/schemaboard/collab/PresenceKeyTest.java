package org.schemaboard.collab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/**
 * The presence key an open editor hands to its page's JavaScript (for the goodbye beacon) is a random value of its
 * own: the HTTP session id is not in it, and only the session that opened the tab can end its presence with it.
 */
class PresenceKeyTest {

    private final InProcessDesignEventBus bus = new InProcessDesignEventBus();
    private final PresenceRegistry presence = new PresenceRegistry(bus);
    private final PresenceBeacon beacon = new PresenceBeacon(presence);
    private final UUID design = UUID.randomUUID();

    @AfterEach
    void stopBus() throws InterruptedException {
        bus.shutdown();
    }

    /** With an id as long and random as a servlet container's (MockHttpSession's own are "1", "2", …). */
    private static MockHttpSession newSession() {
        return new MockHttpSession(null, UUID.randomUUID().toString());
    }

    private String openTab(MockHttpSession session) {
        String key = presence.newKey(session.getId());
        presence.join(design, key, "alice", "Alice", "A", System::currentTimeMillis);
        return key;
    }

    @Test
    void the_presence_key_does_not_contain_the_session_id_and_differs_per_tab() {
        MockHttpSession session = newSession();

        String first = openTab(session);
        String second = openTab(session);

        assertThat(first).doesNotContain(session.getId()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void only_the_session_that_opened_the_tab_can_say_goodbye_for_it() {
        MockHttpSession alices = newSession();
        MockHttpSession someoneElses = newSession();
        String key = openTab(alices);

        beacon.leave(key, someoneElses);
        assertThat(presence.present(design)).extracting(Presence::sessionKey).containsExactly(key);

        beacon.leave(key, alices);
        assertThat(presence.present(design)).isEmpty();
    }
}
