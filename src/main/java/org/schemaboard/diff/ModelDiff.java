package org.schemaboard.diff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.schemaboard.model.DesignModel;

/**
 * The structural difference between two states of a design: every entity, attribute, relationship, index and query
 * pattern added, removed or changed (field by field), with the pairing behind it. Pure: a function of two models.
 *
 * @param hints   removed+added pairs that look like renames (only when matching by name; accept with {@link #withRenames})
 * @param renames the renames accepted so far (older id → newer id)
 */
public record ModelDiff(DesignModel from, DesignModel to, Matching matching, Correspondence pairs,
                        List<Change> changes, List<RenameHint> hints, Map<UUID, UUID> renames) {

    public ModelDiff {
        changes = List.copyOf(changes);
        hints = List.copyOf(hints);
        renames = Map.copyOf(renames);
    }

    /** Compares two states, pairing by id when they share ids (one design) and by name otherwise. */
    public static ModelDiff compare(DesignModel from, DesignModel to) {
        return compare(from, to, Pairing.detect(from, to), Map.of());
    }

    public static ModelDiff compare(DesignModel from, DesignModel to, Matching matching, Map<UUID, UUID> renames) {
        Correspondence pairs = Pairing.pair(from, to, matching, renames);
        List<RenameHint> hints = matching == Matching.BY_NAME ? Pairing.hints(from, to, pairs) : List.of();
        return new ModelDiff(from, to, matching, pairs, Differ.changes(from, to, pairs), hints, renames);
    }

    /**
     * The same comparison with the given suggested renames also taken as renames (each pair becomes one changed
     * element). Accepting an entity's rename may bring suggestions for its attributes.
     */
    public ModelDiff withRenames(List<RenameHint> accepted) {
        Map<UUID, UUID> more = new HashMap<>(renames);
        accepted.forEach(h -> more.put(h.fromId(), h.toId()));
        return compare(from, to, matching, more);
    }

    public boolean empty() {
        return changes.isEmpty();
    }

    public List<Change> of(ElementKind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    /** "3 added, 1 removed, 4 changed". */
    public String counts() {
        long added = changes.stream().filter(c -> c.type() == Change.Type.ADDED).count();
        long removed = changes.stream().filter(c -> c.type() == Change.Type.REMOVED).count();
        long changed = changes.size() - added - removed;
        return added + " added, " + removed + " removed, " + changed + " changed";
    }
}
