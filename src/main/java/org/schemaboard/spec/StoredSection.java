package org.schemaboard.spec;

import java.time.OffsetDateTime;

/**
 * One section as stored: its content, its version for optimistic locking (0 when nobody has saved it yet), who saved
 * it last and when, and whether anything is written in it.
 */
public record StoredSection<T extends SectionContent>(T content, int version, String updatedBy,
                                                      OffsetDateTime updatedAt, boolean filled) {

    public static <T extends SectionContent> StoredSection<T> empty(T content) {
        return new StoredSection<>(content, 0, null, null, false);
    }
}
