package org.schemaboard.diagram;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.schemaboard.model.DesignModel;

/**
 * What changed in a design since one of its approved versions, as the diagram marks it: boxes added or changed, and
 * the names of entities removed (they have no box to show). The diff feature provides it; the diagram cannot ask the
 * diff itself, which depends on the export, which draws with this package.
 */
public interface DiagramChanges {

    /** The design's approved version numbers, newest first; empty when none was approved. */
    List<Integer> versions(UUID designId);

    /** The marks of {@code current} against approved version {@code version}. */
    Marks since(UUID designId, int version, DesignModel current);

    /**
     * @param added   entities (ids in the current model) that the version did not have
     * @param changed entities whose name, kind, texts, attributes or indexes differ from the version's
     * @param removed names of the version's entities that are gone
     */
    record Marks(Set<UUID> added, Set<UUID> changed, List<String> removed) {

        public Marks {
            added = Set.copyOf(added);
            changed = Set.copyOf(changed);
            removed = List.copyOf(removed);
        }

        /**
         * The diagram's SVG with the class {@code sb-change-added} or {@code sb-change-changed} on the marked boxes
         * (a box is {@code <g class="sb-box …" data-id="…">}), for the page's style sheet to colour.
         */
        public String applyTo(String svg) {
            String out = svg;
            for (UUID id : added) {
                out = out.replace("\" data-id=\"" + id + "\" data-name=", " sb-change-added\" data-id=\"" + id + "\" data-name=");
            }
            for (UUID id : changed) {
                out = out.replace("\" data-id=\"" + id + "\" data-name=", " sb-change-changed\" data-id=\"" + id + "\" data-name=");
            }
            return out;
        }
    }
}
