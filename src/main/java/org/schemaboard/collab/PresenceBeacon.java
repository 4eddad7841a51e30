package org.schemaboard.collab;

import jakarta.servlet.http.HttpSession;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receives the goodbye a closing browser tab sends ({@code navigator.sendBeacon}), so the others see the person
 * leave at once rather than after the heartbeat timeout. A tab can only say goodbye for its own session: the key is
 * a random value the registry remembers with the HTTP session that opened the tab.
 */
@RestController
class PresenceBeacon {

    static final String PATH = "/presence/leave";

    private final PresenceRegistry presence;

    PresenceBeacon(PresenceRegistry presence) {
        this.presence = presence;
    }

    @PostMapping(PATH)
    ResponseEntity<Void> leave(@RequestBody(required = false) String sessionKey, HttpSession session) {
        if (sessionKey != null && session != null) {
            presence.leaveEverywhere(sessionKey.strip(), session.getId());
        }
        return ResponseEntity.noContent().build();
    }
}
