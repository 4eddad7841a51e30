package org.schemaboard.editor.ui.querypattern;

import org.schemaboard.editor.ui.EditorContext;
import org.schemaboard.editor.ui.GridPanel;
import org.schemaboard.editor.ui.Saving;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.querypattern.QueryPattern;
import org.schemaboard.model.querypattern.QueryPatternService;

/** Query patterns of the design in one filterable grid; row texts are worked out once per reload. */
public class QueryPatternsPanel extends GridPanel<QueryPatternsPanel.Row> {

    /** One grid row: the pattern with the texts shown and searched; {@code preview} is SQL when {@code sqlPreview}. */
    record Row(QueryPattern pattern, String preview, boolean sqlPreview, String entities, String indexes,
                       String search) {
    }

    private final QueryPatternService service;

    public QueryPatternsPanel(EditorContext context, QueryPatternService service) {
        super(context, "query patterns", "query pattern");
        this.service = service;
        configureGrid();
        start();
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(LitRenderer.<Row>of("<div class=\"sb-cell-strong\">${item.name}</div>"
                                + "<div class=\"sb-cell-sub ${item.sql ? 'sb-mono' : ''}\">${item.preview}</div>")
                        .withProperty("name", r -> r.pattern().name())
                        .withProperty("preview", Row::preview)
                        .withProperty("sql", Row::sqlPreview))
                .setHeader("Name").setWidth("14rem").setFlexGrow(3).setResizable(true)
                .setComparator(r -> r.pattern().name().toLowerCase(Locale.ROOT))
                .setTooltipGenerator(r -> r.preview().isEmpty() ? null : r.preview());
        grid.addColumn(r -> r.pattern().frequencyDisplay()).setHeader("Frequency").setAutoWidth(true).setFlexGrow(0)
                .setComparator(Comparator.comparing(QueryPatternsPanel::perSecond,
                        Comparator.nullsFirst(Comparator.naturalOrder())));
        grid.addColumn(r -> r.pattern().latencyTargetMs() == null ? "" : "≤ " + r.pattern().latencyTargetMs() + " ms")
                .setHeader("Latency target").setAutoWidth(true).setFlexGrow(0)
                .setComparator(Comparator.comparing((Row r) -> r.pattern().latencyTargetMs(),
                        Comparator.nullsLast(Comparator.naturalOrder())));
        grid.addColumn(Row::entities).setHeader("Entities").setWidth("8rem").setFlexGrow(1).setResizable(true)
                .setTooltipGenerator(r -> r.entities().isEmpty() ? null : r.entities());
        grid.addColumn(LitRenderer.<Row>of("<span class=\"sb-mono sb-identifier\">${item.indexes}</span>")
                        .withProperty("indexes", Row::indexes))
                .setHeader("Relies on indexes").setWidth("12rem").setFlexGrow(2).setResizable(true)
                .setTooltipGenerator(r -> r.indexes().isEmpty() ? null : r.indexes());
        addCommentsAndOpenColumns("QUERY_PATTERN", r -> r.pattern().id(), r -> r.pattern().name(), r -> open(r.pattern()));
    }

    @Override
    protected List<Row> rows(DesignModel model) {
        Map<UUID, String> entities = model.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        Map<UUID, String> indexes = model.indexes().stream().collect(Collectors.toMap(Index::id, Index::name));
        return model.queryPatterns().stream().map(p -> row(p, entities, indexes)).toList();
    }

    @Override
    protected String searchText(Row row) {
        return row.search();
    }

    @Override
    protected void openNew() {
        open(null);
    }

    private static Row row(QueryPattern p, Map<UUID, String> entityNames, Map<UUID, String> indexNames) {
        String entities = names(p.entityIds(), entityNames);
        String indexes = names(p.indexIds(), indexNames);
        boolean hasDescription = p.description() != null && !p.description().isBlank();
        String preview = hasDescription ? firstLine(p.description()) : firstLine(p.sql());
        String search = String.join("\n", p.name(), text(p.description()), text(p.sql()), entities, indexes)
                .toLowerCase(Locale.ROOT);
        return new Row(p, preview, !hasDescription && !preview.isEmpty(), entities, indexes, search);
    }

    private static String names(List<UUID> ids, Map<UUID, String> names) {
        return ids.stream().map(names::get).filter(n -> n != null).sorted(String.CASE_INSENSITIVE_ORDER)
                .collect(Collectors.joining(", "));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String stripped = s.strip();
        int end = stripped.indexOf('\n');
        return end < 0 ? stripped : stripped.substring(0, end).strip() + " …";
    }

    /** Runs per second, to sort "2 per second" above "100 per hour". */
    private static BigDecimal perSecond(Row r) {
        QueryPattern p = r.pattern();
        if (p.frequency() == null || p.frequencyUnit() == null) {
            return null;
        }
        return p.frequency().divide(BigDecimal.valueOf(p.frequencyUnit().seconds()), MathContext.DECIMAL64);
    }

    @Override
    protected void fillEmptyState(Div empty, DesignModel model) {
        empty.add(VaadinIcon.SEARCH_PLUS.create(), new H2("No query patterns yet"), new Paragraph(context.canEdit()
                ? "Query patterns are the queries the design must serve well: their SQL, how often they "
                + "run and how fast they must answer. Add the first one with \"New query pattern\"."
                : "Nobody has added query patterns to this design yet."));
    }

    private void open(QueryPattern existing) {
        // Read-only members get the same dialog with every field read-only, so they can read the SQL in full.
        QueryPatternDialog dialog = new QueryPatternDialog(context, existing);
        dialog.addSaveListener(draft -> {
            String name = draft.name() == null ? "" : draft.name().strip();
            if (Saving.attempt(() -> {
                if (existing == null) {
                    service.create(context.designId(), draft);
                } else {
                    service.update(existing.id(), existing.version(), draft);
                }
            }, dialog.errors(), context, (existing == null ? "Created query pattern " : "Saved query pattern ")
                    + name)) {
                dialog.close();
            }
        });
        dialog.addDeleteListener(() -> {
            if (Saving.attempt(() -> service.delete(existing.id(), existing.version()), dialog.errors(), context,
                    "Deleted query pattern " + existing.name())) {
                dialog.close();
            }
        });
        dialog.open();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
