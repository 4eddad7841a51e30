package org.schemaboard.model;

import java.util.LinkedHashMap;
import java.util.Map;
import org.schemaboard.base.ConflictException;
import org.schemaboard.base.MergeConflictException;

/** Turns a stale edit into a safe merge, or into a conflict the person resolves. */
public final class Merging {

    private Merging() {
    }

    /**
     * @param who     the plain conflict (who changed it and when), for the message
     * @param base    the element as the person loaded it
     * @param current the element as it is now
     * @param mine    what the person submits
     * @return what to write at {@code currentVersion}: mine merged onto current
     * @throws MergeConflictException when both changed a field differently
     */
    public static <D extends Record> D resolve(ConflictException who, String what, D base, D current, D mine,
                                        int currentVersion) {
        ThreeWayMerge.Result<D> result = ThreeWayMerge.merge(base, current, mine);
        if (result.conflicts().isEmpty()) {
            return result.merged();
        }
        Map<String, String> theirs = new LinkedHashMap<>();
        Map<String, String> my = new LinkedHashMap<>();
        for (var component : base.getClass().getRecordComponents()) {
            if (result.conflicts().contains(component.getName())) {
                theirs.put(component.getName(), text(ThreeWayMerge.value(component, current)));
                my.put(component.getName(), text(ThreeWayMerge.value(component, mine)));
            }
        }
        throw new MergeConflictException(what, who.changedBy(), who.changedAt(), result.conflicts(), theirs, my,
                currentVersion);
    }

    private static String text(Object value) {
        return value == null ? "(empty)" : value.toString();
    }
}
