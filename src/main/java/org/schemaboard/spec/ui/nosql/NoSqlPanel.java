package org.schemaboard.spec.ui.nosql;

import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.schemaboard.base.ElementType;
import org.schemaboard.base.ui.Badges;
import org.schemaboard.editor.ui.EditorContext;
import org.schemaboard.editor.ui.GridPanel;
import org.schemaboard.editor.ui.Saving;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.nosql.MongoCollection;
import org.schemaboard.model.nosql.NoSqlElement;
import org.schemaboard.model.nosql.NoSqlService;
import org.schemaboard.model.nosql.RedisKeyPattern;
import org.schemaboard.model.nosql.SearchIndexMapping;
import org.schemaboard.spec.Check;
import org.schemaboard.spec.DesignChecks;
import org.schemaboard.spec.SpecificationService;

/**
 * The design's NoSQL elements in one filterable grid: kind, name, a summary of the structure and the open findings of
 * the NoSQL rules; a dialog per element. Opened with an element's id, that element's dialog opens at once (a finding's
 * link in the Problems tab).
 */
final class NoSqlPanel extends GridPanel<NoSqlPanel.Row> {

    record Row(NoSqlElement element, String summary, List<Check> findings, String search) {
    }

    private final NoSqlService service;
    private final SpecificationService specifications;
    private final DesignChecks checks;
    private List<Row> current = List.of();

    NoSqlPanel(EditorContext context, NoSqlService service, SpecificationService specifications, DesignChecks checks,
               UUID open) {
        super(context, "NoSQL elements", "NoSQL element");
        this.service = service;
        this.specifications = specifications;
        this.checks = checks;
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> r.element().kind().label()).setHeader("Kind").setAutoWidth(true).setFlexGrow(0)
                .setComparator(r -> r.element().kind().ordinal());
        grid.addColumn(LitRenderer.<Row>of("<div class=\"sb-cell-strong\">${item.name}</div>")
                        .withProperty("name", r -> r.element().name()))
                .setHeader("Name").setWidth("12rem").setFlexGrow(2).setResizable(true)
                .setComparator(r -> r.element().name().toLowerCase(Locale.ROOT));
        grid.addComponentColumn(NoSqlPanel::problems).setHeader("Problems").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(Row::summary).setHeader("Structure").setWidth("18rem").setFlexGrow(3)
                .setTooltipGenerator(Row::summary);
        addCommentsAndOpenColumns(ElementType.NOSQL_ELEMENT.name(), r -> r.element().id(), r -> r.element().name(),
                r -> open(r.element()));
        start();
        if (open != null) {
            current.stream().filter(r -> r.element().id().equals(open)).findFirst().ifPresent(r -> open(r.element()));
        }
    }

    @Override
    protected List<Row> rows(DesignModel model) {
        List<NoSqlElement> elements = service.list(context.designId());
        Map<UUID, List<Check>> found = elements.isEmpty() ? Map.of()
                : checks.run(model, specifications.load(context.designId())).stream()
                .filter(c -> c.elementType() == ElementType.NOSQL_ELEMENT && c.elementId() != null)
                .collect(Collectors.groupingBy(Check::elementId));
        current = elements.stream().map(e -> {
            String summary = summary(e);
            return new Row(e, summary, found.getOrDefault(e.id(), List.of()),
                    (e.kind().label() + "\n" + e.name() + "\n" + summary).toLowerCase(Locale.ROOT));
        }).toList();
        return current;
    }

    @Override
    protected String searchText(Row row) {
        return row.search();
    }

    @Override
    protected void openNew() {
        open(null);
    }

    @Override
    protected void fillEmptyState(Div empty, DesignModel model) {
        empty.add(VaadinIcon.CLUSTER.create(), new H2("No NoSQL elements yet"), new Paragraph(context.canEdit()
                ? "Model the document collections, cache keys and search indexes the design uses beside the "
                + "database: MongoDB collections with their fields and indexes, Redis key patterns with their TTL "
                + "and invalidation, search index mappings. Add the first one with \"New NoSQL element\"."
                : "Nobody has added NoSQL elements to this design yet."));
    }

    private static com.vaadin.flow.component.Component problems(Row r) {
        if (r.findings().isEmpty()) {
            return new Span();
        }
        boolean error = r.findings().stream().anyMatch(c -> c.severity() == Check.Severity.ERROR);
        Span badge = Badges.of(r.findings().size() + (error ? " error" : " warning")
                + (r.findings().size() == 1 ? "" : "s"), (error ? "error" : "warning") + " small pill");
        badge.getElement().setAttribute("title", r.findings().stream().map(Check::message)
                .collect(Collectors.joining("\n")));
        badge.addClassName("sb-problem-marker");
        return badge;
    }

    static String summary(NoSqlElement e) {
        if (e.spec() instanceof MongoCollection m) {
            String text = count(m.fields().size(), "field") + " · " + count(m.indexes().size(), "index");
            long ttl = m.indexes().stream().filter(i -> i.ttlSeconds() != null).count();
            if (ttl > 0) {
                text += " (" + ttl + " TTL)";
            }
            return m.shardKey().isEmpty() ? text : text + " · sharded by " + String.join(", ", m.shardKey())
                    + (m.hashedShardKey() ? " (hashed)" : "");
        }
        if (e.spec() instanceof RedisKeyPattern r) {
            return r.keyTemplate() + " · " + r.dataType() + " · " + (r.ttlSeconds() != null ? "TTL " + r.ttlSeconds()
                    + " s" : r.noTtlReason() != null ? "no TTL: " + r.noTtlReason() : "no TTL")
                    + (r.servesQuery() == null ? "" : " · serves " + r.servesQuery());
        }
        SearchIndexMapping s = (SearchIndexMapping) e.spec();
        return count(s.fields().size(), "field") + (s.fields().isEmpty() ? "" : ": " + s.fields().stream()
                .map(f -> f.path() + " " + f.type()).collect(Collectors.joining(", ")));
    }

    private static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun.endsWith("x") ? noun + "es" : noun + "s");
    }

    private void open(NoSqlElement existing) {
        List<Check> findings = existing == null ? List.of() : current.stream()
                .filter(r -> r.element().id().equals(existing.id())).findFirst().map(Row::findings).orElse(List.of());
        NoSqlDialog dialog = new NoSqlDialog(context.model(), context.canEdit(), existing, findings);
        dialog.addSaveListener(draft -> {
            String name = draft.name() == null ? "" : draft.name().strip();
            if (Saving.attempt(() -> {
                if (existing == null) {
                    service.create(context.designId(), draft);
                } else {
                    service.update(existing.id(), existing.version(), draft);
                }
            }, dialog.errors(), context, (existing == null ? "Created " : "Saved ") + name)) {
                dialog.close();
            }
        });
        dialog.addDeleteListener(() -> {
            if (Saving.attempt(() -> service.delete(existing.id(), existing.version()), dialog.errors(), context,
                    "Deleted " + existing.name())) {
                dialog.close();
            }
        });
        dialog.open();
    }
}
