package org.schemaboard.base;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Someone else changed (or deleted) the element since the person loaded it; their edit was not saved so that the other
 * change is not silently overwritten.
 */
public class ConflictException extends UserFacingException {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final String changedBy;
    private final OffsetDateTime changedAt;

    public ConflictException(String what, String changedBy, OffsetDateTime changedAt) {
        super(message(what, changedBy, changedAt));
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public static ConflictException deleted(String what) {
        return new ConflictException(what, null, null);
    }

    private static String message(String what, String changedBy, OffsetDateTime changedAt) {
        if (changedBy == null) {
            return what + " was deleted by someone else. Reload to see the current state.";
        }
        String at = changedAt == null ? ""
                : " at " + changedAt.atZoneSameInstant(ZoneId.systemDefault()).format(TIME);
        return what + " was changed by " + changedBy + at + ". Reload to see their change, then edit again.";
    }

    public String changedBy() {
        return changedBy;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }
}
