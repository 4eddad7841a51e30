package org.schemaboard.editor.ui.relationship;

import org.schemaboard.editor.ui.EditorContext;
import org.schemaboard.editor.ui.GridCells;
import org.schemaboard.editor.ui.GridPanel;
import org.schemaboard.editor.ui.Saving;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.relationship.Relationship;
import org.schemaboard.model.relationship.RelationshipService;

/** Relationships: a filterable grid; the dialog creates and edits them. */
public class RelationshipsPanel extends GridPanel<RelationshipsPanel.Row> {

    private final RelationshipService service;

    /** A relationship with its names resolved, as the grid shows it. */
    record Row(Relationship relationship, String from, String to, String columns) {
        String search() {
            return (from + " " + to + " " + columns + " " + (relationship.label() == null ? "" : relationship.label())
                    + " " + (relationship.name() == null ? "" : relationship.name())).toLowerCase(Locale.ROOT);
        }
    }

    public RelationshipsPanel(EditorContext context, RelationshipService service) {
        super(context, "relationships", "relationship");
        this.service = service;
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(r -> context.problemsMarker(r.relationship().id())).setHeader("Problems")
                .setAutoWidth(true).setFlexGrow(0);
        context.onMarkers(before -> grid.getDataProvider().refreshAll());
        grid.addColumn(Row::from).setHeader("From").setAutoWidth(true).setSortable(true);
        GridCells.addBadges(grid, r -> List.of(GridCells.badge(r.relationship().cardinality().label(),
                        "contrast small", r.relationship().cardinality().name().toLowerCase(java.util.Locale.ROOT)
                                .replace('_', ' '))))
                .setHeader("Cardinality").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Row::to).setHeader("To").setAutoWidth(true).setSortable(true);
        grid.addColumn(r -> r.relationship().label() == null ? "" : r.relationship().label()).setHeader("Label")
                .setAutoWidth(true);
        grid.addColumn(Row::columns).setHeader("Columns").setFlexGrow(2);
        grid.addColumn(r -> r.relationship().cardinality() == Cardinality.MANY_TO_MANY ? ""
                : r.relationship().onDelete().sql()).setHeader("On delete").setAutoWidth(true).setFlexGrow(0);
        GridCells.addComments(grid, context, "RELATIONSHIP", r -> r.relationship().id(), r -> r.from() + " → " + r.to())
                .setHeader("Comments").setAutoWidth(true).setFlexGrow(0);
        GridCells.addButtons(grid, GridCells.RowButton.<Row>of(context.canEdit() ? "edit" : "eye",
                r -> (context.canEdit() ? "Edit " : "View ") + r.from() + " "
                        + r.relationship().cardinality().label() + " " + r.to(), r -> open(r.relationship())))
                .setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addItemDoubleClickListener(e -> open(e.getItem().relationship()));
        grid.addClassName("sb-grid-fill");

        start();
    }

    @Override
    protected void fillEmptyState(Div empty, DesignModel model) {
        empty.add(VaadinIcon.CONNECT.create(), new H2("No relationships yet"),
                new Paragraph("Relationships are the foreign keys between entities: which columns refer to which "
                        + "key, and what happens on delete. N:M relationships get a junction entity."));
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
    protected List<Row> rows(DesignModel model) {
        Map<UUID, Attribute> attributes = model.attributesById();
        // Names by id, built once: a big design has thousands of relationships (see BENCHMARKS.md).
        Map<UUID, String> names = model.entities().stream()
                .collect(Collectors.toMap(e -> e.id(), e -> e.name()));
        return model.relationships().stream().map(r -> new Row(r,
                names.getOrDefault(r.fromEntityId(), "(deleted)"), names.getOrDefault(r.toEntityId(), "(deleted)"),
                columns(names, r, attributes))).toList();
    }

    private static String columns(Map<UUID, String> names, Relationship r, Map<UUID, Attribute> attributes) {
        if (r.cardinality() == Cardinality.MANY_TO_MANY) {
            return r.junctionEntityId() == null ? "junction deleted"
                    : "through " + names.getOrDefault(r.junctionEntityId(), "(deleted)");
        }
        return r.columns().stream().map(p -> name(attributes, p.toAttributeId()) + " → "
                + name(attributes, p.fromAttributeId())).collect(Collectors.joining(", "));
    }

    private static String name(Map<UUID, Attribute> attributes, UUID id) {
        Attribute a = attributes.get(id);
        return a == null ? "?" : a.name();
    }

    private void open(Relationship existing) {
        RelationshipDialog[] dialog = new RelationshipDialog[1];
        dialog[0] = new RelationshipDialog(context, existing,
                draft -> Saving.attempt(() -> {
                    if (existing == null) {
                        service.create(context.designId(), draft);
                    } else {
                        service.update(existing.id(), existing.version(), draft);
                    }
                }, dialog[0].errors(), context, existing == null ? "Created relationship" : "Saved relationship"),
                () -> Saving.attempt(() -> service.delete(existing.id(), existing.version()), context,
                        "Deleted relationship"));
        dialog[0].open();
    }

}
