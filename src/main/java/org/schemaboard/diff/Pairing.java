package org.schemaboard.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.model.relationship.Relationship;

/** Pairs the elements of two states (see {@link Matching}) and finds the removed+added pairs that look like renames. */
final class Pairing {

    private final DesignModel from;
    private final DesignModel to;
    private final Correspondence pairs = new Correspondence();

    private Pairing(DesignModel from, DesignModel to) {
        this.from = from;
        this.to = to;
    }

    /** @param accepted renames accepted beforehand (from id → to id); they are paired first, whatever their names */
    static Correspondence pair(DesignModel from, DesignModel to, Matching matching, Map<UUID, UUID> accepted) {
        Pairing p = new Pairing(from, to);
        accepted.forEach(p.pairs::pair);
        if (matching == Matching.BY_ID) {
            p.byId();
        } else {
            p.byName();
        }
        return p.pairs;
    }

    /** BY_ID when the two states share any element id (they are states of one design), else BY_NAME. */
    static Matching detect(DesignModel from, DesignModel to) {
        Set<UUID> ids = new HashSet<>();
        from.entities().forEach(e -> ids.add(e.id()));
        from.entities().forEach(e -> e.attributes().forEach(a -> ids.add(a.id())));
        boolean shared = to.entities().stream().anyMatch(e -> ids.contains(e.id())
                || e.attributes().stream().anyMatch(a -> ids.contains(a.id())));
        return shared || from.entities().isEmpty() && to.entities().isEmpty() ? Matching.BY_ID : Matching.BY_NAME;
    }

    private void byId() {
        Set<UUID> toIds = new HashSet<>();
        to.entities().forEach(e -> {
            toIds.add(e.id());
            e.attributes().forEach(a -> toIds.add(a.id()));
        });
        to.relationships().forEach(r -> toIds.add(r.id()));
        to.indexes().forEach(i -> toIds.add(i.id()));
        to.queryPatterns().forEach(q -> toIds.add(q.id()));
        List<UUID> fromIds = new ArrayList<>();
        from.entities().forEach(e -> {
            fromIds.add(e.id());
            e.attributes().forEach(a -> fromIds.add(a.id()));
        });
        from.relationships().forEach(r -> fromIds.add(r.id()));
        from.indexes().forEach(i -> fromIds.add(i.id()));
        from.queryPatterns().forEach(q -> fromIds.add(q.id()));
        for (UUID id : fromIds) {
            if (toIds.contains(id) && !pairs.pairedFrom(id) && !pairs.pairedTo(id)) {
                pairs.pair(id, id);
            }
        }
    }

    private void byName() {
        Map<String, Entity> toEntities = new HashMap<>();
        to.entities().forEach(e -> toEntities.put(key(e.name()), e));
        for (Entity e : from.entities()) {
            Entity other = pairs.to(e.id()).flatMap(to::entity).orElse(toEntities.get(key(e.name())));
            if (other == null || !pairs.to(e.id()).isPresent() && pairs.pairedTo(other.id())) {
                continue;
            }
            pairs.pair(e.id(), other.id());
            Map<String, Attribute> toAttributes = new HashMap<>();
            other.attributes().forEach(a -> toAttributes.put(key(a.name()), a));
            for (Attribute a : e.attributes()) {
                Attribute match = toAttributes.get(key(a.name()));
                if (match != null && !pairs.pairedFrom(a.id()) && !pairs.pairedTo(match.id())) {
                    pairs.pair(a.id(), match.id());
                }
            }
        }
        Map<String, Relationship> toRelationships = new HashMap<>();
        to.relationships().forEach(r -> toRelationships.put(relationshipKey(r, false), r));
        for (Relationship r : from.relationships()) {
            pairIfFree(r.id(), toRelationships.get(relationshipKey(r, true)), Relationship::id);
        }
        Map<String, Index> toIndexes = new HashMap<>();
        to.indexes().forEach(i -> toIndexes.put(key(i.name()), i));
        for (Index i : from.indexes()) {
            pairIfFree(i.id(), toIndexes.get(key(i.name())), Index::id);
        }
        Map<String, QueryPattern> toPatterns = new HashMap<>();
        to.queryPatterns().forEach(q -> toPatterns.put(key(q.name()), q));
        for (QueryPattern q : from.queryPatterns()) {
            pairIfFree(q.id(), toPatterns.get(key(q.name())), QueryPattern::id);
        }
    }

    private <T> void pairIfFree(UUID fromId, T match, java.util.function.Function<T, UUID> id) {
        if (match != null && !pairs.pairedFrom(fromId) && !pairs.pairedTo(id.apply(match))) {
            pairs.pair(fromId, id.apply(match));
        }
    }

    /**
     * A named relationship by its name; an unnamed one (the usual case) by what it connects: both entities and the
     * column pairs, expressed in the newer state's ids.
     */
    private String relationshipKey(Relationship r, boolean older) {
        if (r.name() != null && !r.name().isBlank()) {
            return "name:" + key(r.name());
        }
        StringBuilder k = new StringBuilder("link:").append(mapped(r.fromEntityId(), older)).append('>')
                .append(mapped(r.toEntityId(), older)).append(':').append(r.cardinality());
        r.columns().forEach(c -> k.append(':').append(mapped(c.fromAttributeId(), older)).append('=')
                .append(mapped(c.toAttributeId(), older)));
        return k.toString();
    }

    private String mapped(UUID id, boolean older) {
        if (id == null) {
            return "-";
        }
        return older ? pairs.to(id).map(UUID::toString).orElse("gone:" + id) : id.toString();
    }

    /** Removed and added entities (and attributes of paired entities) of the same shape, each used once. */
    static List<RenameHint> hints(DesignModel from, DesignModel to, Correspondence pairs) {
        List<RenameHint> hints = new ArrayList<>();
        List<Entity> added = new ArrayList<>(to.entities().stream().filter(e -> !pairs.pairedTo(e.id())).toList());
        for (Entity e : from.entities()) {
            if (pairs.pairedFrom(e.id())) {
                Entity other = to.entity(pairs.to(e.id()).orElseThrow()).orElse(null);
                if (other != null) {
                    attributeHints(e, other, pairs, hints);
                }
                continue;
            }
            for (Entity candidate : added) {
                if (!e.attributes().isEmpty() && shape(e).equals(shape(candidate))) {
                    hints.add(new RenameHint(ElementKind.ENTITY, e.id(), candidate.id(), e.name(), candidate.name(),
                            "same " + e.attributes().size() + " columns and types"));
                    added.remove(candidate);
                    break;
                }
            }
        }
        return hints;
    }

    private static void attributeHints(Entity e, Entity other, Correspondence pairs, List<RenameHint> hints) {
        List<Attribute> added = new ArrayList<>(other.attributes().stream().filter(a -> !pairs.pairedTo(a.id())).toList());
        for (Attribute a : e.attributes()) {
            if (pairs.pairedFrom(a.id())) {
                continue;
            }
            for (Attribute candidate : added) {
                if (shape(a).equals(shape(candidate))) {
                    hints.add(new RenameHint(ElementKind.ATTRIBUTE, a.id(), candidate.id(), e.name() + "." + a.name(),
                            other.name() + "." + candidate.name(), "same type " + candidate.typeDisplay()
                            + (candidate.nullable() ? "" : ", NOT NULL")));
                    added.remove(candidate);
                    break;
                }
            }
        }
    }

    private static List<String> shape(Entity e) {
        return e.attributes().stream().map(Pairing::shape).toList();
    }

    private static String shape(Attribute a) {
        return a.typeDisplay().toUpperCase(Locale.ROOT) + (a.nullable() ? "" : " NOT NULL") + (a.primaryKey() ? " PK" : "")
                + (a.unique() ? " UNIQUE" : "");
    }

    private static String key(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }
}
