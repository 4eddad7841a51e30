package org.schemaboard.spec;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.relationship.Relationship;

/**
 * What is still empty in a design's specification, field by field: the one definition that both the checklist's
 * "sections written" and the export's {@code _Not specified yet._} use, so the two cannot disagree. A text is written
 * when it has a visible character ({@link #empty(String)}). The fields are those the export prints as text a person
 * wrote: each entity's purpose and table rationale (business rules and lifecycle too for a core entity), each
 * relationship's rationale, and every text field of the written sections, those inside their lists included; a section
 * nobody wrote anything in is one gap of its own. A pure function.
 */
public final class Unwritten {

    /**
     * One empty field.
     *
     * @param section the section it belongs to, or null for a field of the model (an entity or relationship)
     * @param element the entity, relationship or list entry it belongs to; null for a field of the section itself
     * @param field   the field's label as the export prints it
     */
    public record Gap(SpecSection section, String element, String field) {

        /** Whether nothing at all is written in the section (rather than one field of it). */
        public boolean wholeSection() {
            return section != null && element == null && field.equals(NOT_WRITTEN);
        }

        /** {@code orders: Rationale}, {@code Backup and Recovery: Log backups}. */
        public String describe() {
            String where = section != null ? section.label() + (element == null ? "" : " › " + element) : element;
            return where + ": " + field;
        }
    }

    /**
     * @param written the sections with no gap, out of {@code sections} (the checklist itself is not one)
     * @param gaps    every empty field, model first, then the sections in document order
     */
    public record Summary(int written, int sections, List<Gap> gaps) {

        public boolean complete() {
            return gaps.isEmpty();
        }

        public List<Gap> modelGaps() {
            return gaps.stream().filter(g -> g.section() == null).toList();
        }

        public List<SpecSection> sectionsWithGaps() {
            return gaps.stream().map(Gap::section).filter(s -> s != null).distinct().toList();
        }
    }

    private static final String NOT_WRITTEN = "not written";

    private Unwritten() {
    }

    /** The test of a text field, the same everywhere: null, empty and white space only are not written. */
    public static boolean empty(String text) {
        return text == null || text.isBlank();
    }

    public static Summary summary(DesignModel model, Specification spec) {
        List<Gap> gaps = gaps(model, spec);
        List<SpecSection> sections = Arrays.stream(SpecSection.values())
                .filter(s -> s.group() != SpecSection.Group.CHECKLIST).toList();
        int written = (int) sections.stream().filter(s -> gaps.stream().noneMatch(g -> g.section() == s)).count();
        return new Summary(written, sections.size(), gaps);
    }

    public static List<Gap> gaps(DesignModel model, Specification spec) {
        List<Gap> gaps = new ArrayList<>();
        for (Entity e : model.entities()) {
            boolean core = e.kind() == null || e.kind() == EntityKind.CORE;
            add(gaps, null, e.name(), "Purpose", e.purpose());
            if (core) {
                add(gaps, null, e.name(), "Business Rules", e.businessRules());
                add(gaps, null, e.name(), "Lifecycle", e.lifecycle());
            }
            add(gaps, null, e.name(), "Rationale", e.notes());
        }
        for (Relationship r : model.relationships()) {
            add(gaps, null, relationshipName(model, r), "Rationale", r.rationale());
        }
        for (SpecSection section : SpecSection.values()) {
            if (section.group() == SpecSection.Group.CHECKLIST) {
                continue;
            }
            if (!spec.filled(section)) {
                gaps.add(new Gap(section, null, NOT_WRITTEN));
                continue;
            }
            texts(gaps, section, null, (Record) spec.stored(section).content());
        }
        return List.copyOf(gaps);
    }

    /** The text fields of a section's record and of the records in its lists. */
    private static void texts(List<Gap> gaps, SpecSection section, String element, Record content) {
        for (RecordComponent component : content.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(content);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (component.getType() == String.class) {
                add(gaps, section, element, label(component.getName()), (String) value);
            } else if (value instanceof List<?> list) {
                int n = 1;
                for (Object item : list) {
                    if (item instanceof Record entry) {
                        texts(gaps, section, label(component.getName()) + " " + n, entry);
                    }
                    n++;
                }
            }
        }
    }

    private static void add(List<Gap> gaps, SpecSection section, String element, String field, String text) {
        if (empty(text)) {
            gaps.add(new Gap(section, element, field));
        }
    }

    private static String relationshipName(DesignModel model, Relationship r) {
        String from = model.entity(r.fromEntityId()).map(Entity::name).orElse("?");
        String to = model.entity(r.toEntityId()).map(Entity::name).orElse("?");
        return from + " → " + to + (r.name() == null || r.name().isBlank() ? "" : " (" + r.name() + ")");
    }

    /** {@code connectionPooling} → {@code Connection pooling}. */
    private static String label(String name) {
        String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
