package org.schemaboard.editor.ui.index;

import org.schemaboard.editor.ui.EditorContext;
import org.schemaboard.editor.ui.GridPanel;
import org.schemaboard.editor.ui.Saving;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.schemaboard.base.ui.Badges;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexService;
import org.schemaboard.model.querypattern.QueryPattern;

/**
 * Indexes of the whole design in one filterable grid. Row texts are worked out once per reload, so filtering and
 * scrolling a design with thousands of indexes only touches strings.
 */
public class IndexesPanel extends GridPanel<IndexesPanel.Row> {

    /** One grid row: the index with the texts shown and searched. */
    record Row(Index index, String entity, String columns, String serves, String search) {
    }

    private final IndexService service;

    public IndexesPanel(EditorContext context, IndexService service) {
        super(context, "indexes", "index");
        this.service = service;
        configureGrid();
        start();
    }

    private void configureGrid() {
        // Wrapped cells keep predicates and purposes readable without opening the dialog.
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(LitRenderer.<Row>of("<span class=\"sb-cell-strong sb-mono sb-identifier\">${item.name}</span>")
                        .withProperty("name", r -> r.index().name()))
                .setHeader("Name").setWidth("12rem").setFlexGrow(2).setResizable(true)
                .setComparator(r -> r.index().name().toLowerCase(Locale.ROOT));
        grid.addComponentColumn(r -> context.problemsMarker(r.index().id())).setHeader("Problems").setAutoWidth(true)
                .setFlexGrow(0);
        context.onMarkers(before -> grid.getDataProvider().refreshAll());
        grid.addColumn(Row::entity).setHeader("Entity").setWidth("6rem").setFlexGrow(1).setResizable(true)
                .setComparator(r -> r.entity().toLowerCase(Locale.ROOT));
        grid.addColumn(LitRenderer.<Row>of("<span class=\"sb-mono\">${item.columns}</span>")
                        .withProperty("columns", Row::columns))
                .setHeader("Columns").setWidth("9rem").setFlexGrow(2).setResizable(true)
                .setTooltipGenerator(Row::columns);
        grid.addComponentColumn(r -> r.index().unique() ? Badges.of("Unique", "success small") : new Span())
                .setHeader("Unique").setAutoWidth(true).setFlexGrow(0)
                .setComparator(r -> r.index().unique() ? 0 : 1);
        grid.addColumn(LitRenderer.<Row>of("<span class=\"sb-mono\">${item.predicate}</span>")
                        .withProperty("predicate", r -> r.index().partial() ? "WHERE " + r.index().predicate() : ""))
                .setHeader("Partial predicate").setWidth("8rem").setFlexGrow(2).setResizable(true)
                .setTooltipGenerator(r -> r.index().partial() ? "WHERE " + r.index().predicate() : null);
        grid.addColumn(r -> r.index().method().label()).setHeader("Method").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> text(r.index().purpose())).setHeader("Purpose").setWidth("9rem").setFlexGrow(3)
                .setResizable(true)
                .setTooltipGenerator(r -> r.index().purpose());
        grid.addColumn(Row::serves).setHeader("Serves").setWidth("7rem").setFlexGrow(2).setResizable(true)
                .setTooltipGenerator(r -> r.serves().isEmpty() ? null : r.serves());
        addCommentsAndOpenColumns("INDEX", r -> r.index().id(), r -> r.index().name(), r -> open(r.index()));
    }

    @Override
    protected List<Row> rows(DesignModel model) {
        Map<UUID, Entity> entities = model.entities().stream()
                .collect(Collectors.toMap(Entity::id, Function.identity()));
        Map<UUID, Attribute> attributes = model.attributesById();
        Map<UUID, String> patterns = model.queryPatterns().stream()
                .collect(Collectors.toMap(QueryPattern::id, QueryPattern::name));
        return model.indexes().stream().map(i -> row(i, entities, attributes, patterns)).toList();
    }

    @Override
    protected String searchText(Row row) {
        return row.search();
    }

    @Override
    protected void openNew() {
        open(null);
    }

    private static Row row(Index index, Map<UUID, Entity> entities, Map<UUID, Attribute> attributes,
                           Map<UUID, String> patterns) {
        Entity entity = entities.get(index.entityId());
        String entityName = entity == null ? "(deleted)" : entity.name();
        String columns = index.columns().stream()
                .map(c -> {
                    Attribute a = attributes.get(c.attributeId());
                    return (a == null ? "(deleted)" : a.name()) + (c.descending() ? " DESC" : "");
                })
                .collect(Collectors.joining(", "));
        String serves = index.queryPatternIds().stream().map(patterns::get).filter(n -> n != null).sorted()
                .collect(Collectors.joining(", "));
        String search = (index.name() + "\n" + entityName + "\n" + text(index.purpose())).toLowerCase(Locale.ROOT);
        return new Row(index, entityName, columns, serves, search);
    }

    @Override
    protected void fillEmptyState(Div empty, DesignModel model) {
        String hint;
        if (!context.canEdit()) {
            hint = "Nobody has added indexes to this design yet.";
        } else if (model.entities().isEmpty()) {
            hint = "Indexes belong to entities: add an entity with its attributes in the Entities section first.";
        } else {
            hint = "Record each index with the columns it covers and the query patterns it serves. "
                    + "Create the first one with \"New index\".";
        }
        empty.add(VaadinIcon.BOLT.create(), new H2("No indexes yet"), new Paragraph(hint));
    }

    private void open(Index existing) {
        // Read-only members get the same dialog with every field read-only, so they can read the rationale in full.
        IndexDialog dialog = new IndexDialog(context, existing);
        dialog.addSaveListener(draft -> {
            String name = draft.name() == null ? "" : draft.name().strip();
            if (Saving.attempt(() -> {
                if (existing == null) {
                    service.create(context.designId(), draft);
                } else {
                    service.update(existing.id(), existing.version(), draft);
                }
            }, dialog.errors(), context, (existing == null ? "Created index " : "Saved index ") + name)) {
                dialog.close();
            }
        });
        dialog.addDeleteListener(() -> {
            if (Saving.attempt(() -> service.delete(existing.id(), existing.version()), dialog.errors(), context,
                    "Deleted index " + existing.name())) {
                dialog.close();
            }
        });
        dialog.open();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
