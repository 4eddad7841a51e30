package org.schemaboard.export;

import static org.schemaboard.export.MarkdownText.NOT_SPECIFIED;
import static org.schemaboard.export.MarkdownText.block;
import static org.schemaboard.export.MarkdownText.cell;
import static org.schemaboard.export.MarkdownText.inline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.spec.DesignDecisions;

/** "## Physical Data Model": each table's DDL with its rationale, and the design decisions counted from the model. */
final class PhysicalModelSection {

    private static final int EXAMPLES = 5;

    private final ModelView view;
    private final MarkdownDoc doc;
    private final DdlScript ddl;
    private final DesignDecisions decisions;

    private PhysicalModelSection(ModelView view, MarkdownDoc doc, DdlScript ddl, DesignDecisions decisions) {
        this.view = view;
        this.doc = doc;
        this.ddl = ddl;
        this.decisions = decisions;
    }

    static void write(MarkdownDoc doc, ModelView view, DdlScript ddl, DesignDecisions decisions) {
        new PhysicalModelSection(view, doc, ddl, decisions).write();
    }

    private void write() {
        doc.heading(2, "Physical Data Model");
        doc.heading(3, "Database Schema Design");
        doc.block("DDL for " + ddl.dialect().label() + ", tables in creation order (referenced tables first).");
        tables("Core Tables", EntityKind.CORE, true);
        tables("Lookup Tables", EntityKind.LOOKUP, false);
        tables("Junction Tables", EntityKind.JUNCTION, false);
        tables("Audit and Compliance Tables", EntityKind.AUDIT, true);
        doc.heading(3, "Design Decisions Documentation");
        primaryKeyStrategy();
        dataTypes();
        doc.heading(4, "Normalization Strategy");
        doc.block("**Normalization Level**: " + SpecSections.prose(decisions.normalizationLevel()) + "  \n**Rationale**: "
                + SpecSections.prose(decisions.normalizationRationale()));
        if (!decisions.denormalizations().isEmpty()) {
            doc.block("**Selective Denormalization**:");
            doc.bullets(decisions.denormalizations().stream().map(MarkdownText::inline).toList());
        }
        constraintStrategy();
    }

    private void tables(String heading, EntityKind kind, boolean always) {
        List<DdlScript.TableDdl> tables = ddl.tables().stream()
                .filter(t -> (t.entity().kind() == null ? EntityKind.CORE : t.entity().kind()) == kind).toList();
        if (tables.isEmpty() && !always) {
            return;
        }
        doc.heading(4, heading);
        if (tables.isEmpty()) {
            doc.notSpecified();
            return;
        }
        for (DdlScript.TableDdl table : tables) {
            doc.heading(5, table.entity().name() + " Table");
            StringBuilder sql = new StringBuilder(table.sql());
            for (DdlScript.StatementDdl fk : ddl.deferredForeignKeysOf(table.entity())) {
                sql.append("\n\n-- added after all tables exist (reference cycle)\n").append(fk.sql());
            }
            doc.code("sql", sql.toString());
            doc.block("**Rationale**: " + block(table.entity().notes(), ""));
        }
    }

    private void primaryKeyStrategy() {
        doc.heading(4, "Primary Key Strategy");
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        List<String> without = new ArrayList<>();
        for (Entity e : view.model().entities()) {
            List<Attribute> pk = e.primaryKey();
            if (pk.isEmpty()) {
                without.add(e.name());
            } else {
                String kind = pk.size() > 1 ? "composite" : pk.get(0).typeDisplay().toUpperCase(Locale.ROOT)
                        + (pk.get(0).autoIncrement() ? " auto-increment" : "");
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(e.name());
            }
        }
        List<String> lines = new ArrayList<>();
        if (byKind.isEmpty()) {
            lines.add("**Decision**: " + NOT_SPECIFIED);
        } else {
            List<String> parts = new ArrayList<>();
            byKind.forEach((kind, tables) -> parts.add(inline((kind.equals("composite") ? "composite primary keys" : kind + " primary keys")
                    + " on " + tables.size() + (tables.size() == 1 ? " table (" : " tables (") + String.join(", ", tables) + ")")));
            lines.add("**Decision**: " + String.join("; ", parts));
        }
        if (!without.isEmpty()) {
            lines.add("**Tables without a primary key**: " + inline(String.join(", ", without)));
        }
        lines.add("**Rationale**: " + SpecSections.prose(decisions.primaryKeyStrategy()));
        doc.block(String.join("  \n", lines));
    }

    private void dataTypes() {
        doc.heading(4, "Data Type Selections");
        if (!decisions.dataTypes().isEmpty()) {
            doc.table(List.of("Data Type", "Use Case", "Rationale"), decisions.dataTypes().stream()
                    .map(t -> List.of(cell(t.dataType()), cell(t.useCase()), cell(t.rationale()))).toList());
            doc.block("Types in use in the model:");
        }
        Map<String, List<String>> byType = new TreeMap<>();
        for (Entity e : view.model().entities()) {
            for (Attribute a : e.attributes()) {
                byType.computeIfAbsent(a.typeDisplay().toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(e.name() + "." + a.name());
            }
        }
        if (byType.isEmpty()) {
            doc.notSpecified();
            return;
        }
        List<List<String>> rows = byType.entrySet().stream()
                .sorted((x, y) -> y.getValue().size() != x.getValue().size() ? y.getValue().size() - x.getValue().size()
                        : x.getKey().compareTo(y.getKey()))
                .map(t -> List.of(cell(t.getKey()), String.valueOf(t.getValue().size()), cell(examples(t.getValue()))))
                .toList();
        doc.table(List.of("Data Type", "Columns", "Used In"), rows);
    }

    private void constraintStrategy() {
        doc.heading(4, "Constraint Strategy");
        List<ModelView.ForeignKey> fks = view.foreignKeys();
        Map<ReferentialAction, Long> onDelete = new EnumMap<>(ReferentialAction.class);
        fks.forEach(f -> onDelete.merge(action(f.relationship().onDelete()), 1L, Long::sum));
        String actions = onDelete.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().sql())
                .collect(Collectors.joining(", "));
        List<String> checks = new ArrayList<>();
        List<String> uniques = new ArrayList<>();
        int columns = 0;
        int required = 0;
        for (Entity e : view.model().entities()) {
            for (Attribute a : e.attributes()) {
                columns++;
                if (!a.nullable() || a.primaryKey()) {
                    required++;
                }
                if (a.checkExpression() != null && !a.checkExpression().isBlank()) {
                    checks.add(e.name() + "." + a.name());
                }
                if (a.unique()) {
                    uniques.add(e.name() + "." + a.name());
                }
            }
        }
        List<String> uniqueIndexes = view.model().indexes().stream().filter(Index::unique).map(Index::name).toList();
        List<String> items = new ArrayList<>();
        items.add("**Foreign Key Constraints**: " + fks.size() + (fks.isEmpty() ? "" : " (ON DELETE: " + actions + ")"));
        items.add("**Check Constraints**: " + checks.size() + (checks.isEmpty() ? "" : " — " + inline(examples(checks))));
        items.add("**Unique Constraints**: " + uniques.size() + (uniques.size() == 1 ? " unique column" : " unique columns")
                + (uniques.isEmpty() ? "" : " (" + inline(examples(uniques)) + ")") + " and " + uniqueIndexes.size()
                + (uniqueIndexes.size() == 1 ? " unique index" : " unique indexes")
                + (uniqueIndexes.isEmpty() ? "" : " (" + inline(examples(uniqueIndexes)) + ")"));
        items.add("**Not Null Constraints**: " + required + " of " + columns + " columns are required (primary key columns included)");
        doc.bullets(items);
        if (SpecSections.present(decisions.constraintStrategy())) {
            doc.block("**Strategy**: " + SpecSections.prose(decisions.constraintStrategy()));
        }
        if (!fks.isEmpty()) {
            List<List<String>> rows = fks.stream().map(f -> List.of(
                    cell(f.referencing().name() + " (" + names(f.columns()) + ")"),
                    cell(f.referenced().name() + " (" + names(f.keyColumns()) + ")"),
                    action(f.relationship().onDelete()).sql(), action(f.relationship().onUpdate()).sql())).toList();
            doc.table(List.of("Foreign Key", "References", "ON DELETE", "ON UPDATE"), rows);
        }
    }

    private static String examples(List<String> all) {
        if (all.size() <= EXAMPLES) {
            return String.join(", ", all);
        }
        return String.join(", ", all.subList(0, EXAMPLES)) + " and " + (all.size() - EXAMPLES) + " more";
    }

    private static String names(List<Attribute> attributes) {
        return String.join(", ", attributes.stream().map(Attribute::name).toList());
    }

    static ReferentialAction action(ReferentialAction a) {
        return a == null ? ReferentialAction.NO_ACTION : a;
    }
}
