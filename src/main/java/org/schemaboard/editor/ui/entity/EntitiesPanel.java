package org.schemaboard.editor.ui.entity;

import org.schemaboard.editor.ui.ConflictDialog;
import org.schemaboard.editor.ui.GridCells;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.schemaboard.editor.ui.EditorContext;
import org.schemaboard.editor.ui.ElementMarkers;
import org.schemaboard.editor.ui.Rows;
import org.schemaboard.editor.ui.Saving;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.schemaboard.collab.Presence;
import java.util.UUID;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.entity.DeletionImpact;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.entity.EntityService;

/** Entities: a filterable list; the selected entity's form and its attribute grid. */
public class EntitiesPanel extends Div {

    private final EditorContext context;
    private final EntityService service;
    private final Grid<Entity> list = new Grid<>(Entity.class, false);
    private final TextField filter = new TextField();
    private final Div detail = new Div();
    private ListDataProvider<Entity> rows;
    private UUID selectedId;
    private boolean refreshing;
    private EntityForm currentForm;
    private UUID currentFormEntity;
    private Map<UUID, List<Presence>> presentAt = Map.of();
    /** The shown entity's attributes (null: none shown), and the comment counts the rows were drawn with. */
    private AttributesGrid attributes;
    private Map<String, Integer> threadsShown;

    public EntitiesPanel(EditorContext context, EntityService service) {
        this(context, service, null);
    }

    /** Opens with the given entity selected (e.g. {@code ?entity=<id>} from a click in the diagram). */
    public EntitiesPanel(EditorContext context, EntityService service, UUID initiallySelected) {
        this.context = context;
        this.selectedId = initiallySelected;
        this.service = service;
        addClassName("sb-split");
        setSizeFull();

        filter.setPlaceholder("Filter entities");
        filter.setAriaLabel("Filter entities");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.setWidthFull();
        filter.addValueChangeListener(e -> applyFilter());
        Button add = new Button("New entity", VaadinIcon.PLUS.create(), e -> openCreate());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(context.canEdit());
        HorizontalLayout tools = new HorizontalLayout(filter, add);
        tools.setWidthFull();

        list.setAriaLabel("Entities");
        list.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        list.addColumn(Entity::name).setHeader("Name").setFlexGrow(1).setSortable(true)
                .setComparator(e -> e.name().toLowerCase(Locale.ROOT));
        list.addColumn(LitRenderer.<Entity>of("<span class=\"sb-presence-dot\">${item.p.map(p => html`"
                        + "<vaadin-avatar abbr=\"${p[0]}\" name=\"${p[1]}\" title=\"${p[2]}\" theme=\"xsmall\">"
                        + "</vaadin-avatar>`)}</span>")
                .withProperty("p", this::presenceOf)).setHeader("").setWidth("2.5rem").setFlexGrow(0);
        // (a fixed width: sized automatically while nobody was there, an avatar arriving later covered the badges)
        // a fixed width: the badges arrive after the first rows (computed in the background), too late to size by
        list.addComponentColumn(e -> context.problemsMarker(e.id())).setHeader("").setWidth("3.5rem").setFlexGrow(0);
        context.onMarkers(before -> redrawBadges(before));
        GridCells.addBadges(list, e -> List.of(GridCells.badge(e.kind().label(), "contrast small", "Kind: " + e.kind().label())))
                .setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        list.addColumn(e -> e.attributes().size()).setHeader("Columns").setAutoWidth(true).setFlexGrow(0);
        GridCells.addComments(list, context, "ENTITY", Entity::id, Entity::name).setHeader("")
                .setAutoWidth(true).setFlexGrow(0);
        list.addSelectionListener(e -> {
            if (!refreshing) {
                selectedId = e.getFirstSelectedItem().map(Entity::id).orElse(null);
                showDetail();
            }
        });
        list.setSizeFull();

        Div left = new Div(tools, list);
        left.addClassName("sb-split-list");
        detail.addClassName("sb-split-detail");
        add(left, detail);

        context.onReload(m -> refresh());
        refresh();
        if (context.live() != null) {
            context.live().onPresence(others -> {
                Map<UUID, List<Presence>> before = presentAt;
                presentAt = others.stream().filter(p -> p.focusId() != null)
                        .collect(Collectors.groupingBy(Presence::focusId));
                // only the rows whose avatars changed: refreshing all of a large list re-sends every loaded row
                rows.getItems().stream().filter(e -> !Objects.equals(before.get(e.id()), presentAt.get(e.id())))
                        .toList().forEach(rows::refreshItem);
            });
        }
    }

    /**
     * Redraws the rows whose problem badges changed. A few: each row by itself (refreshing the list would re-send
     * every loaded row). Many — the first findings of a large design change thousands —: the whole list, which
     * re-sends only the rows the browser shows; a refresh per item sends every one of them with a new badge component
     * (at 10,000 tables that held the session for seconds, and every push of the editor waited behind it).
     */
    private void redrawBadges(Map<UUID, List<ElementMarkers.Marker>> before) {
        Map<UUID, List<ElementMarkers.Marker>> now = context.markers();
        List<Entity> changed = new ArrayList<>();
        for (Entity e : rows.getItems()) {
            if (!Objects.equals(before.get(e.id()), now.get(e.id()))) {
                changed.add(e);
                if (changed.size() > list.getPageSize()) {
                    rows.refreshAll();
                    return;
                }
            }
        }
        changed.forEach(rows::refreshItem);
    }

    /** The others looking at (or editing) this entity: initials, name and what they do, for small avatars. */
    private List<List<String>> presenceOf(Entity entity) {
        return presentAt.getOrDefault(entity.id(), List.of()).stream().map(p -> List.of(p.initials(),
                p.displayName(), p.displayName() + (p.editing() ? " is editing " : " is looking at ") + p.focus()))
                .toList();
    }

    private void refresh() {
        if (refreshedInPlace()) {
            return;
        }
        DesignModel model = context.model();
        UUID keep = selectedId;
        refreshing = true;
        try {
            rows = Rows.byId(model.entities(), Entity::id);
            list.setItems(rows);
            applyFilter();
            selectedId = model.entity(keep == null ? new UUID(0, 0) : keep).map(Entity::id).orElse(null);
            model.entities().stream().filter(e -> e.id().equals(selectedId)).findFirst().ifPresent(list::select);
        } finally {
            refreshing = false;
        }
        showDetail();
    }

    /**
     * A change (mine or someone else's) that leaves the list's entities and the shown entity's attributes in place (a
     * rename, a type, a description): refresh just the rows it changed, so the browser updates cells instead of receiving a new
     * form and grid. Anything else (added, removed, reordered, the shown entity itself changed) rebuilds.
     */
    private boolean refreshedInPlace() {
        DesignModel model = context.model();
        Entity fresh = selectedId == null ? null : model.entity(selectedId).orElse(null);
        Entity shown = attributes == null ? null : attributes.entity();
        if (rows == null || shown == null || fresh == null || !shown.id().equals(fresh.id())
                || !Rows.sameIds(rows.getItems(), model.entities(), Entity::id)
                || !Rows.sameIds(shown.attributes(), fresh.attributes(), Attribute::id)
                || !withoutAttributes(shown).equals(withoutAttributes(fresh))) {
            return false;
        }
        boolean threadsMoved = threadsShown != context.openThreadCounts();
        threadsShown = context.openThreadCounts();
        if (threadsMoved) {
            Rows.replaceAll(rows, model.entities());
        } else {
            // the list shows name, kind and the number of columns: an attribute's edit leaves its row as it was
            Rows.replaceChanged(rows, model.entities(), EntitiesPanel::listed);
        }
        attributes.refreshInPlace(fresh, threadsMoved);
        return true;
    }

    private static Entity withoutAttributes(Entity e) {
        return new Entity(e.id(), e.name(), e.kind(), e.purpose(), e.businessRules(), e.lifecycle(), e.notes(),
                e.version(), List.of());
    }

    /** What the list shows of an entity. */
    private static List<Object> listed(Entity e) {
        return List.of(e.name(), e.kind(), e.attributes().size());
    }

    private void applyFilter() {
        String text = filter.getValue().strip().toLowerCase(Locale.ROOT);
        rows.setFilter(e -> text.isEmpty() || e.name().toLowerCase(Locale.ROOT).contains(text));
    }

    private void showDetail() {
        detail.removeAll();
        attributes = null;
        threadsShown = context.openThreadCounts();
        if (selectedId != null && context.live() != null && !context.isReloadFromOthers()) {
            context.model().entity(selectedId).ifPresent(e -> context.live().focus(e.id(), e.name(), false));
        }
        Entity entity = selectedId == null ? null : context.model().entity(selectedId).orElse(null);
        if (entity == null) {
            Div empty = new Div();
            empty.addClassName("sb-empty");
            if (context.model().entities().isEmpty()) {
                empty.add(VaadinIcon.TABLE.create(), new H2("No entities yet"),
                        new Paragraph(context.canEdit()
                                ? "Entities are the tables of your design. Create the first one with \"New entity\"."
                                : "Nobody has added entities to this design yet."));
            } else {
                empty.add(VaadinIcon.TABLE.create(), new H2("Select an entity"),
                        new Paragraph("Choose an entity on the left to see and edit its attributes."));
            }
            detail.add(empty);
            return;
        }
        // Someone else's change must not wipe what this person is typing: keep a form with unsaved input.
        if (context.isReloadFromOthers() && currentForm != null && entity.id().equals(currentFormEntity)
                && currentForm.isDirty()) {
            EntityForm kept = currentForm;
            kept.showNotice("Someone else changed this design while you were typing here. Your unsaved edits are "
                    + "kept; saving merges them with their changes.");
            detail.add(kept, attributes = new AttributesGrid(context, service, entity));
            return;
        }
        detail.add(entityForm(entity), attributes = new AttributesGrid(context, service, entity));
    }

    private Component entityForm(Entity entity) {
        EntityForm form = new EntityForm(entity, context.canEdit());
        Entity[] base = {entity};
        form.addSaveListener(draft -> {
            if (Saving.attempt(() -> service.updateEntity(entity.id(), base[0], draft), form.errors(),
                    context, "Saved entity " + draft.name().strip(), new ConflictDialog.Choices() {
                        @Override
                        public void takeTheirs() {
                            currentForm = null;
                            context.reload();
                        }

                        @Override
                        public void applyMineOnTop(int currentVersion) {
                            currentForm = null;
                            Saving.attempt(() -> service.updateEntity(entity.id(), currentVersion, draft),
                                    form.errors(), context, "Saved entity " + draft.name().strip());
                        }

                        @Override
                        public void editFurther() {
                            context.model().entity(entity.id()).ifPresent(current -> base[0] = current);
                        }
                    })) {
                currentForm = null;
                showDetail();
            }
        });
        form.addDeleteListener(() -> confirmDelete(entity));
        form.addHistoryListener(e -> getUI().ifPresent(ui -> ui.navigate("designs/" + context.designId()
                + "/history?element=" + entity.id())));
        currentForm = form;
        currentFormEntity = entity.id();
        return form;
    }

    private void openCreate() {
        NewEntityDialog dialog = new NewEntityDialog();
        dialog.addCreateListener(draft -> {
            UUID[] created = new UUID[1];
            if (Saving.attempt(() -> created[0] = service.createEntity(context.designId(), draft), dialog.errors(),
                    context, "Created entity " + draft.name().strip())) {
                dialog.close();
                selectedId = created[0];
                refresh();
            }
        });
        dialog.open();
    }

    private void confirmDelete(Entity entity) {
        DeletionImpact impact = service.deletionImpact(entity.id());
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Delete entity " + entity.name() + "?");
        UnorderedList what = new UnorderedList();
        what.add(new ListItem(impact.attributes().size() + " attribute(s)"
                + (impact.attributes().isEmpty() ? "" : ": " + String.join(", ", impact.attributes()))));
        what.add(new ListItem(impact.relationships().size() + " relationship(s)"
                + (impact.relationships().isEmpty() ? "" : ": " + String.join("; ", impact.relationships()))));
        what.add(new ListItem(impact.indexes().size() + " index(es)"
                + (impact.indexes().isEmpty() ? "" : ": " + String.join(", ", impact.indexes()))));
        confirm.setText(new Div(new Paragraph("These go with it:"), what,
                new Paragraph("The change is recorded in the design's history.")));
        confirm.setCancelable(true);
        confirm.setCancelText("Keep it");
        confirm.setConfirmText("Delete entity");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            Saving.attempt(() -> service.deleteEntity(entity.id(), entity.version()), context,
                    "Deleted entity " + entity.name());
        });
        confirm.open();
    }
}
