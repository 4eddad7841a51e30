package org.schemaboard.base;

import java.util.UUID;

/** The person a service acts for. */
public record SignedInUser(UUID id, String username, String displayName, boolean administrator) {

    /** One or two letters for an avatar. */
    public String initials() {
        String[] parts = displayName.trim().split("\\s+");
        if (parts.length >= 2) {
            return ("" + parts[0].charAt(0) + parts[parts.length - 1].charAt(0)).toUpperCase();
        }
        return displayName.substring(0, Math.min(2, displayName.length())).toUpperCase();
    }
}
