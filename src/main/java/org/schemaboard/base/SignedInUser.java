package org.schemaboard.base;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person a service acts for. */
public record SignedInUser(UUID id, String username, String displayName, boolean administrator) {

    /** A sign-in that knows its person: the security feature's principal implements it. */
    public interface Principal {
        SignedInUser user();
    }

    /**
     * The person of the current security context (which Vaadin keeps per session, so it is also right inside
     * {@code UI.access} and on background threads that carry the context), or empty when nobody is signed in.
     */
    public static Optional<SignedInUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Principal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    /** One or two letters for an avatar. */
    public String initials() {
        String[] parts = displayName.trim().split("\\s+");
        if (parts.length >= 2) {
            return ("" + parts[0].charAt(0) + parts[parts.length - 1].charAt(0)).toUpperCase();
        }
        return displayName.substring(0, Math.min(2, displayName.length())).toUpperCase();
    }
}
