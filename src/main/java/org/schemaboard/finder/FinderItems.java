package org.schemaboard.finder;

import org.schemaboard.model.nosql.NoSqlElement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.schemaboard.finder.FinderItem.Kind;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.model.relationship.Relationship;
import org.schemaboard.review.CommentThread;
import org.schemaboard.spec.SpecSection;

/** What the finder lists for one design: every element of the model, every part of the plans, every thread. */
public final class FinderItems {

    private FinderItems() {
    }

    /**
     * @param sections the editor's own sections (key and label), built by the editor that knows them
     */
    public static FinderIndex index(DesignModel model, List<FinderItem> sections, List<CommentThread> threads) {
        return index(model, sections, threads, List.of());
    }

    /**
     * @param sections the editor's own sections (key and label), built by the editor that knows them
     * @param nosql    the design's NoSQL elements (collections, key patterns, search mappings), each opened on the
     *                 NoSQL tab
     */
    public static FinderIndex index(DesignModel model, List<FinderItem> sections, List<CommentThread> threads,
                                    List<NoSqlElement> nosql) {
        List<FinderItem> items = new ArrayList<>(sections);
        for (Entity e : model.entities()) {
            String id = e.id().toString();
            items.add(new FinderItem(Kind.ENTITY, e.name(), e.attributes().size() + " attributes", "entities",
                    "entity", id));
            for (Attribute a : e.attributes()) {
                items.add(new FinderItem(Kind.ATTRIBUTE, e.name() + "." + a.name(), a.dataType(), "entities",
                        "entity", id));
            }
        }
        Map<UUID, String> names = new java.util.HashMap<>();
        model.entities().forEach(e -> names.put(e.id(), e.name()));
        for (Relationship r : model.relationships()) {
            String from = names.getOrDefault(r.fromEntityId(), "?");
            String to = names.getOrDefault(r.toEntityId(), "?");
            String label = r.name() == null || r.name().isBlank() ? from + " → " + to : r.name();
            items.add(new FinderItem(Kind.RELATIONSHIP, label, from + " → " + to, "relationships", null, null));
        }
        for (Index i : model.indexes()) {
            items.add(new FinderItem(Kind.INDEX, i.name(), "on " + names.getOrDefault(i.entityId(), "?"), "indexes",
                    null, null));
        }
        for (QueryPattern q : model.queryPatterns()) {
            items.add(new FinderItem(Kind.QUERY_PATTERN, q.name(), "", "query-patterns", null, null));
        }
        for (SpecSection part : SpecSection.values()) {
            String section = part.tab();
            boolean ownTab = part.group() == SpecSection.Group.SCALABILITY
                    || part.group() == SpecSection.Group.SPECIFICATION;
            items.add(new FinderItem(Kind.SECTION, part.label(), sectionLabel(sections, section), section,
                    ownTab ? "part" : null, ownTab ? part.key() : null));
        }
        for (CommentThread t : threads) {
            String first = t.comments().isEmpty() ? "" : t.comments().get(0).body();
            String words = first.length() > 80 ? first.substring(0, 80) + "…" : first;
            items.add(new FinderItem(Kind.THREAD, t.element().label() + (t.resolved() ? " (resolved)" : ""),
                    words, "review", null, null));
        }
        for (NoSqlElement n : nosql) {
            items.add(new FinderItem(Kind.NOSQL, n.name(), n.kind().label(), "nosql", "element", n.id().toString()));
        }
        return new FinderIndex(items);
    }

    private static String sectionLabel(List<FinderItem> sections, String key) {
        return sections.stream().filter(s -> s.section().equals(key)).map(FinderItem::label).findFirst()
                .map(l -> "in " + l).orElse("");
    }
}
