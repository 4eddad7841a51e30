package org.schemaboard.editor.ui.entity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.provider.ListDataProvider;
import java.util.ArrayList;
import java.util.List;
import org.schemaboard.editor.ui.ConflictDialog;
import org.schemaboard.editor.ui.EditorContext;
import org.schemaboard.editor.ui.GridCells;
import org.schemaboard.editor.ui.GridCells.RowButton;
import org.schemaboard.editor.ui.Rows;
import org.schemaboard.editor.ui.Saving;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityService;

/**
 * The selected entity's attributes: a grid with their keys, comments and actions (edit, move, delete), and the
 * attribute dialog. Cells are drawn in the browser from the row's values, so a live change to one attribute re-sends
 * only that row's values.
 */
final class AttributesGrid extends Div {

    private final EditorContext context;
    private final EntityService service;
    private final ListDataProvider<Attribute> rows;
    private Entity entity;

    AttributesGrid(EditorContext context, EntityService service, Entity entity) {
        this.context = context;
        this.service = service;
        this.entity = entity;
        H3 heading = new H3("Attributes");
        heading.addClassName("sb-subheading");
        Button add = new Button("Add attribute", VaadinIcon.PLUS.create(), e -> openAttribute(null));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.setVisible(context.canEdit());
        HorizontalLayout head = new HorizontalLayout(heading, add);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);

        Grid<Attribute> grid = new Grid<>(Attribute.class, false);
        grid.setAriaLabel("Attributes of " + entity.name());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Attribute::name).setHeader("Name").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(Attribute::typeDisplay).setHeader("Type").setAutoWidth(true).setFlexGrow(0);
        GridCells.addBadges(grid, AttributesGrid::keys).setHeader("Keys").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.nullable() ? "NULL" : "NOT NULL").setHeader("Null").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.defaultValue() == null ? "" : a.defaultValue()).setHeader("Default").setWidth("6rem")
                .setFlexGrow(1).setTooltipGenerator(Attribute::defaultValue);
        grid.addColumn(a -> a.checkExpression() == null ? "" : a.checkExpression()).setHeader("Check")
                .setWidth("6rem").setFlexGrow(1).setTooltipGenerator(Attribute::checkExpression);
        GridCells.addComments(grid, context, "ATTRIBUTE", Attribute::id, a -> this.entity.name() + "." + a.name())
                .setHeader("Comments").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.description() == null ? "" : a.description()).setHeader("Description")
                .setWidth("8rem").setFlexGrow(2).setTooltipGenerator(Attribute::description);
        if (context.canEdit()) {
            GridCells.addButtons(grid,
                            RowButton.<Attribute>of("edit", a -> "Edit " + a.name(), this::openAttribute),
                            RowButton.<Attribute>of("arrow-up", a -> "Move " + a.name() + " up",
                                    a -> move(a, a.position() - 1)).enabledWhen(a -> a.position() > 0),
                            RowButton.<Attribute>of("arrow-down", a -> "Move " + a.name() + " down",
                                            a -> move(a, a.position() + 1))
                                    .enabledWhen(a -> a.position() < this.entity.attributes().size() - 1),
                            RowButton.<Attribute>of("trash", a -> "Delete " + a.name(), this::deleteAttribute)
                                    .dangerous())
                    .setHeader("Actions").setAutoWidth(true).setFrozenToEnd(true).setFlexGrow(0);
            grid.addItemDoubleClickListener(e -> openAttribute(e.getItem()));
        }
        rows = Rows.byId(entity.attributes(), Attribute::id);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        add(head, grid);
        if (entity.attributes().isEmpty()) {
            Paragraph none = new Paragraph("No attributes yet." + (context.canEdit() ? " Add the first one." : ""));
            none.addClassName("sb-hint");
            add(none);
        }
    }

    /** The entity shown. */
    Entity entity() {
        return entity;
    }

    /**
     * Shows a newer state of the same entity with the same attributes in the same order: refreshes the rows that
     * changed, or every row when {@code all} (comment counts moved).
     */
    void refreshInPlace(Entity fresh, boolean all) {
        entity = fresh;
        if (all) {
            Rows.replaceAll(rows, fresh.attributes());
        } else {
            Rows.replaceChanged(rows, fresh.attributes());
        }
    }

    private static List<List<String>> keys(Attribute a) {
        List<List<String>> keys = new ArrayList<>(3);
        if (a.primaryKey()) {
            keys.add(GridCells.badge("PK", "primary small", "Primary key"));
        }
        if (a.unique()) {
            keys.add(GridCells.badge("UQ", "small", "Unique"));
        }
        if (a.autoIncrement()) {
            keys.add(GridCells.badge("AI", "small", "Auto-increment"));
        }
        return keys;
    }

    private void move(Attribute a, int position) {
        Saving.attempt(() -> service.moveAttribute(a.id(), position), context, null);
    }

    private void deleteAttribute(Attribute a) {
        Saving.attempt(() -> service.deleteAttribute(a.id(), a.version()), context,
                "Deleted " + entity.name() + "." + a.name());
    }

    void openAttribute(Attribute existing) {
        Entity of = entity;
        // The version this edit started from; "edit further" after a conflict moves it to the current one.
        Attribute[] base = {existing};
        AttributeDialog[] dialog = new AttributeDialog[1];
        dialog[0] = new AttributeDialog(context, of.name(), existing, draft -> Saving.attempt(
                () -> {
                    if (existing == null) {
                        service.addAttribute(of.id(), draft);
                    } else {
                        service.updateAttribute(existing.id(), base[0], draft);
                    }
                }, dialog[0].errors(), context,
                (existing == null ? "Added " : "Saved ") + of.name() + "." + draft.name().strip(),
                existing == null ? null : new ConflictDialog.Choices() {
                    @Override
                    public void takeTheirs() {
                        dialog[0].close();
                        context.reload();
                    }

                    @Override
                    public void applyMineOnTop(int currentVersion) {
                        if (Saving.attempt(() -> service.updateAttribute(existing.id(), currentVersion, draft),
                                dialog[0].errors(), context, "Saved " + of.name() + "." + draft.name().strip())) {
                            dialog[0].close();
                        }
                    }

                    @Override
                    public void editFurther() {
                        context.reload();
                        context.model().entity(of.id()).flatMap(e -> e.attribute(existing.id()))
                                .ifPresent(current -> base[0] = current);
                    }
                }));
        if (context.live() != null) {
            context.live().focus(of.id(), of.name() + (existing == null ? "" : "." + existing.name()), true);
            dialog[0].addOpenedChangeListener(e -> {
                if (!e.isOpened()) {
                    context.live().focus(of.id(), of.name(), false);
                }
            });
        }
        dialog[0].open();
    }
}
