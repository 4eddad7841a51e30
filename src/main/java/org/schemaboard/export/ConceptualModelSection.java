package org.schemaboard.export;

import static org.schemaboard.export.MarkdownText.NOT_SPECIFIED;
import static org.schemaboard.export.MarkdownText.block;
import static org.schemaboard.export.MarkdownText.inline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;

/** "## Conceptual Data Model": business entities, supporting entities, the text ERD and the relationship analysis. */
final class ConceptualModelSection {

    private static final java.util.regex.Pattern NOT_IN_ERD_NAME = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}_]");


    private final ModelView view;
    private final MarkdownDoc doc;

    private ConceptualModelSection(ModelView view, MarkdownDoc doc) {
        this.view = view;
        this.doc = doc;
    }

    static void write(MarkdownDoc doc, ModelView view) {
        new ConceptualModelSection(view, doc).write(null);
    }

    /** With links to the ER pictures the export ZIP holds beside the document (none when {@code overview} is null). */
    static void write(MarkdownDoc doc, ModelView view, String overview, List<ExportSource.Figure> figures) {
        new ConceptualModelSection(view, doc).write(overview == null ? null : diagramLinks(figures));
    }

    private static String diagramLinks(List<ExportSource.Figure> figures) {
        StringBuilder links = new StringBuilder("**Diagrams** (SVG files beside this document in the export ZIP): "
                + "[whole design](" + ExportSource.OVERVIEW_FILE + ")");
        figures.forEach(f -> links.append(" · [").append(f.title().replaceAll("([\\[\\]\\\\*_`<>])", "\\\\$1"))
                .append("](").append(f.fileName()).append(')'));
        return links.toString();
    }

    private void write(String diagramLinks) {
        doc.heading(2, "Conceptual Data Model");
        doc.heading(3, "Business Entity Identification");
        doc.heading(4, "Core Business Entities");
        coreEntities();
        doc.heading(4, "Supporting Entities");
        doc.block(String.join("\n", supporting("Lookup Tables", EntityKind.LOOKUP),
                supporting("Junction Tables", EntityKind.JUNCTION), supporting("Audit Entities", EntityKind.AUDIT)));
        doc.heading(3, "Entity Relationship Diagram (Text Format)");
        erd();
        if (diagramLinks != null) {
            doc.block(diagramLinks);
        }
        doc.heading(3, "Relationship Analysis");
        relationshipAnalysis();
    }

    private void coreEntities() {
        List<Entity> core = ofKind(EntityKind.CORE);
        if (core.isEmpty()) {
            doc.notSpecified();
            return;
        }
        StringBuilder list = new StringBuilder();
        int n = 1;
        for (Entity e : core) {
            String marker = n++ + ". ";
            String indent = " ".repeat(marker.length());
            String itemIndent = indent + "  ";
            if (list.length() > 0) {
                list.append('\n');
            }
            list.append(marker).append("**").append(inline(e.name())).append("**\n")
                    .append(indent).append("- **Purpose**: ").append(block(e.purpose(), itemIndent)).append('\n')
                    .append(indent).append("- **Key Attributes**: ").append(keyAttributes(e)).append('\n')
                    .append(indent).append("- **Business Rules**: ").append(block(e.businessRules(), itemIndent)).append('\n')
                    .append(indent).append("- **Lifecycle**: ").append(block(e.lifecycle(), itemIndent));
        }
        doc.block(list.toString());
    }

    /** Primary key, unique, auto-increment, foreign-key and required columns — the ones that say what the entity is. */
    private String keyAttributes(Entity e) {
        Set<UUID> foreignKeyColumns = new HashSet<>();
        view.foreignKeysOf(e).forEach(f -> f.columns().forEach(a -> foreignKeyColumns.add(a.id())));
        List<String> parts = new ArrayList<>();
        int others = 0;
        for (Attribute a : e.attributes()) {
            List<String> roles = new ArrayList<>();
            if (a.primaryKey()) {
                roles.add("primary key");
            }
            if (a.unique()) {
                roles.add("unique");
            }
            if (a.autoIncrement()) {
                roles.add("auto-increment");
            }
            if (foreignKeyColumns.contains(a.id())) {
                roles.add("foreign key");
            }
            if (roles.isEmpty() && !a.nullable()) {
                roles.add("required");
            }
            if (roles.isEmpty()) {
                others++;
            } else {
                parts.add(inline(a.name()) + " (" + inline(a.typeDisplay()) + ", " + String.join(", ", roles) + ")");
            }
        }
        if (parts.isEmpty() && others == 0) {
            return NOT_SPECIFIED;
        }
        String more = others == 0 ? "" : (parts.isEmpty() ? "" : "; ") + others + (others == 1 ? " optional attribute" : " optional attributes");
        return String.join(", ", parts) + more;
    }

    private String supporting(String label, EntityKind kind) {
        List<Entity> entities = ofKind(kind);
        if (entities.isEmpty()) {
            return "- **" + label + "**: " + MarkdownText.NONE;
        }
        StringBuilder out = new StringBuilder("- **" + label + "**:");
        for (Entity e : entities) {
            out.append("\n  - **").append(inline(e.name())).append("**: ").append(block(e.purpose(), "    "));
        }
        return out.toString();
    }

    private void erd() {
        if (view.model().relationships().isEmpty()) {
            doc.notSpecified();
            return;
        }
        List<String> lines = new ArrayList<>();
        for (Relationship r : view.model().relationships()) {
            lines.add(erdName(view.entityName(r.fromEntityId())) + " " + r.cardinality().erNotation() + " "
                    + erdName(view.entityName(r.toEntityId())) + " : \"" + ModelView.label(r) + "\"");
        }
        doc.code("text", String.join("\n", lines));
    }

    private void relationshipAnalysis() {
        List<String> oneToOne = new ArrayList<>();
        List<String> oneToMany = new ArrayList<>();
        List<String> manyToMany = new ArrayList<>();
        List<String> selfReferencing = new ArrayList<>();
        for (Relationship r : view.model().relationships()) {
            String text = describe(r);
            if (r.fromEntityId().equals(r.toEntityId())) {
                selfReferencing.add(text);
            } else if (r.cardinality() == Cardinality.ONE_TO_ONE) {
                oneToOne.add(text);
            } else if (r.cardinality() == Cardinality.ONE_TO_MANY) {
                oneToMany.add(text);
            } else {
                manyToMany.add(text);
            }
        }
        doc.block(String.join("\n", kind("One-to-One", oneToOne), kind("One-to-Many", oneToMany),
                kind("Many-to-Many", manyToMany), kind("Self-Referencing", selfReferencing)));
    }

    private static String kind(String label, List<String> items) {
        if (items.isEmpty()) {
            return "- **" + label + "**: " + MarkdownText.NONE;
        }
        return "- **" + label + "**:\n  - " + String.join("\n  - ", items);
    }

    private String describe(Relationship r) {
        StringBuilder out = new StringBuilder();
        out.append("**").append(inline(view.entityName(r.fromEntityId()))).append("** ").append(r.cardinality().label())
                .append(" **").append(inline(view.entityName(r.toEntityId()))).append("**");
        if (r.label() != null && !r.label().isBlank()) {
            out.append(" (").append(inline("\"" + r.label().strip() + "\"")).append(")");
        }
        if (r.cardinality() == Cardinality.MANY_TO_MANY) {
            out.append(r.junctionEntityId() == null ? " — junction entity missing"
                    : " — through junction **" + inline(view.entityName(r.junctionEntityId())) + "**");
        } else {
            view.foreignKeyOf(r).ifPresent(f ->
                    out.append(" — ").append(inline(f.referencing().name() + " (" + names(f.columns()) + ") references "
                            + f.referenced().name() + " (" + names(f.keyColumns()) + "), ON DELETE "
                            + action(r.onDelete()) + ", ON UPDATE " + action(r.onUpdate())
                            + (r.identifying() ? ", identifying" : ""))));
        }
        out.append(". **Rationale**: ").append(block(r.rationale(), "    "));
        return out.toString();
    }

    private List<Entity> ofKind(EntityKind kind) {
        return view.model().entities().stream().filter(e -> (e.kind() == null ? EntityKind.CORE : e.kind()) == kind).toList();
    }

    /** Entity names in the text ERD: one token, as the notation expects. */
    private static String erdName(String name) {
        return NOT_IN_ERD_NAME.matcher(name).replaceAll("_");
    }

    private static String names(List<Attribute> attributes) {
        return String.join(", ", attributes.stream().map(Attribute::name).toList());
    }

    private static String action(ReferentialAction a) {
        return (a == null ? ReferentialAction.NO_ACTION : a).sql();
    }
}
