package org.schemaboard.base;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Two people changed the same field(s) of one element. Changes to different fields were merged; these were not, so
 * the person chooses: take theirs, apply mine on top (using {@link #currentVersion()}), or edit further.
 */
public class MergeConflictException extends ConflictException {

    private final List<String> fields;
    private final Map<String, String> theirs;
    private final Map<String, String> mine;
    private final int currentVersion;

    public MergeConflictException(String what, String changedBy, OffsetDateTime changedAt, List<String> fields,
                                  Map<String, String> theirs, Map<String, String> mine, int currentVersion) {
        super(what, changedBy, changedAt);
        this.fields = List.copyOf(fields);
        this.theirs = Map.copyOf(theirs);
        this.mine = Map.copyOf(mine);
        this.currentVersion = currentVersion;
    }

    /** The fields both people changed differently. */
    public List<String> fields() {
        return fields;
    }

    /** Field → the other person's value, as text. */
    public Map<String, String> theirs() {
        return theirs;
    }

    /** Field → my value, as text. */
    public Map<String, String> mine() {
        return mine;
    }

    /** The version to save against to apply mine on top of theirs. */
    public int currentVersion() {
        return currentVersion;
    }
}
