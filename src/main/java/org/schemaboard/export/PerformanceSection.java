package org.schemaboard.export;

import static org.schemaboard.export.MarkdownText.NOT_SPECIFIED;
import static org.schemaboard.export.MarkdownText.block;
import static org.schemaboard.export.MarkdownText.cell;
import static org.schemaboard.export.MarkdownText.code;
import static org.schemaboard.export.MarkdownText.inline;

import java.util.ArrayList;
import java.util.List;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.querypattern.QueryPattern;

/** "## Performance Optimization Strategy": the indexes with their reasons, and the query patterns they serve. */
final class PerformanceSection {

    private final ModelView view;
    private final MarkdownDoc doc;
    private final DdlScript ddl;

    private PerformanceSection(ModelView view, MarkdownDoc doc, DdlScript ddl) {
        this.view = view;
        this.doc = doc;
        this.ddl = ddl;
    }

    static void write(MarkdownDoc doc, ModelView view, DdlScript ddl, SpecSections written) {
        new PerformanceSection(view, doc, ddl).write();
        written.caching();
    }

    private void write() {
        doc.heading(2, "Performance Optimization Strategy");
        doc.heading(3, "Indexing Strategy");
        doc.heading(4, "Primary Indexes");
        String indexSql = ddl.indexesSql();
        if (indexSql.isEmpty()) {
            doc.notSpecified();
        } else {
            doc.code("sql", indexSql);
        }
        indexRationale();
        partialIndexes();
        doc.heading(3, "Query Optimization Patterns");
        doc.heading(4, "Common Query Patterns");
        queryPatterns();
        doc.heading(4, "Query Performance Guidelines");
        // derived from the patterns' latency targets: there is no field of its own that could be left empty
        List<String> targets = view.model().queryPatterns().stream().filter(q -> q.latencyTargetMs() != null)
                .map(q -> "**" + MarkdownText.inline(q.name()) + "** answers within " + q.latencyTargetMs() + " ms")
                .toList();
        if (targets.isEmpty()) {
            doc.block(MarkdownText.NONE);
        } else {
            doc.bullets(targets);
        }
    }

    private void indexRationale() {
        doc.heading(4, "Index Rationale");
        List<Index> indexes = indexesInTableOrder();
        if (indexes.isEmpty()) {
            doc.notSpecified();
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Index i : indexes) {
            List<String> patterns = view.patternsServedBy(i).stream().map(QueryPattern::name).toList();
            rows.add(List.of(
                    cell(i.name() + " on " + view.entityName(i.entityId()) + " (" + view.indexColumnList(i) + ")"),
                    cell(i.purpose()),
                    patterns.isEmpty() ? "—" : cell(String.join(", ", patterns)),
                    cell(i.rationale())));
        }
        doc.table(List.of("Index", "Purpose", "Query Pattern", "Rationale"), rows);
    }

    private void partialIndexes() {
        doc.heading(4, "Partial Indexes");
        List<String> items = new ArrayList<>();
        for (Index i : indexesInTableOrder()) {
            if (i.partial()) {
                items.add("**" + inline(i.name()) + "** on " + inline(view.entityName(i.entityId()) + " ("
                        + view.indexColumnList(i) + ")") + ": " + code("WHERE " + i.predicate().strip()));
            }
        }
        if (items.isEmpty()) {
            doc.notSpecified();
        } else {
            doc.bullets(items);
        }
    }

    private void queryPatterns() {
        List<QueryPattern> patterns = view.model().queryPatterns();
        if (patterns.isEmpty()) {
            doc.notSpecified();
            return;
        }
        for (QueryPattern q : patterns) {
            doc.heading(5, q.name());
            if (q.description() != null && !q.description().isBlank()) {
                doc.block(block(q.description(), ""));
            }
            String frequency = q.frequencyDisplay();
            List<String> entities = view.entitiesOf(q).stream().map(Entity::name).toList();
            doc.bullets(List.of(
                    "**Frequency**: " + (frequency.isEmpty() ? NOT_SPECIFIED : inline(frequency)),
                    "**Latency Target**: " + (q.latencyTargetMs() == null ? NOT_SPECIFIED : q.latencyTargetMs() + " ms"),
                    "**Entities**: " + (entities.isEmpty() ? NOT_SPECIFIED : inline(String.join(", ", entities)))));
            if (q.sql() != null && !q.sql().isBlank()) {
                doc.code("sql", q.sql());
            }
            List<String> uses = view.indexesUsedBy(q).stream().map(Index::name).toList();
            doc.block("Uses: " + (uses.isEmpty() ? "_no index linked_" : inline(String.join(", ", uses))));
        }
    }

    /** Indexes in the order the DDL creates them (by table), so the table and the SQL above read alike. */
    private List<Index> indexesInTableOrder() {
        return ddl.indexes().stream().map(DdlScript.IndexDdl::index).toList();
    }
}
