package org.schemaboard.diagram.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.base.ui.Notifications;
import org.schemaboard.diagram.DiagramService;
import org.schemaboard.diagram.DiagramSvg;
import org.schemaboard.diagram.DiagramView;
import org.schemaboard.diagram.SubjectArea;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.editor.ui.EditorContext;
import org.schemaboard.editor.ui.ElementMarkers;
import org.schemaboard.editor.ui.Saving;

/**
 * The diagram of one view: a view chooser, zoom and layout tools, and the picture. Moving a box saves it at once
 * (owners and editors); everyone else looking at the design sees it move when the change event reaches them.
 */
class DiagramPanel extends Div implements DiagramCanvas.Gestures {

    /** One entry of the view chooser; id null is the suggested view of a big design. */
    record Choice(UUID id, String label) {
    }

    private final EditorContext context;
    private final DiagramService diagrams;
    private final Select<Choice> views = new Select<>();
    private final DiagramCanvas canvas = new DiagramCanvas(this);
    private final Span info = new Span();
    private final Button relayout = new Button("Re-layout", VaadinIcon.MAGIC.create());
    private final Button newArea = new Button("New subject area", VaadinIcon.PLUS.create());
    private final Button editArea = new Button("Edit subject area", VaadinIcon.EDIT.create());
    private final Button saveSuggested = new Button("Save as subject area", VaadinIcon.PLUS.create());
    private final Button neighbours = new Button("Add neighbours", VaadinIcon.CONNECT.create());
    private final Button open = new Button("Open in editor", VaadinIcon.EXTERNAL_LINK.create());
    private List<SubjectArea> areas = List.of();
    private DiagramView current;
    private UUID viewId;
    private boolean defaultView;
    private boolean updating;
    private List<UUID> selection = List.of();
    private final ChangesToggle changes;

    DiagramPanel(EditorContext context, DiagramService diagrams, String requestedView,
                 org.schemaboard.diagram.DiagramChanges changeSource) {
        this.context = context;
        this.diagrams = diagrams;
        this.changes = new ChangesToggle(context, changeSource, () -> show(true));
        addClassName("sb-diagram");
        setSizeFull();
        defaultView = true;
        if (requestedView != null) {
            try {
                viewId = UUID.fromString(requestedView);
                defaultView = false;
            } catch (IllegalArgumentException ignored) {
                // an address typed by hand: show the default view
            }
        }

        views.setLabel("View");
        views.setItemLabelGenerator(Choice::label);
        views.addValueChangeListener(e -> {
            if (!updating && e.getValue() != null && e.isFromClient()) {
                viewId = e.getValue().id();
                defaultView = false;
                selection = List.of();
                refresh(false);
            }
        });
        Button zoomIn = tool("Zoom in", VaadinIcon.PLUS_CIRCLE_O, e -> js("zoom", 1.25));
        Button zoomOut = tool("Zoom out", VaadinIcon.MINUS_CIRCLE_O, e -> js("zoom", 0.8));
        Button fit = tool("Fit to screen", VaadinIcon.EXPAND_SQUARE, e -> js("fit"));
        relayout.addClickListener(e -> relayout());
        newArea.addClickListener(e -> openAreaDialog(null));
        editArea.addClickListener(e -> openAreaDialog(current.area()));
        saveSuggested.addClickListener(e -> openAreaDialog(null));
        neighbours.addClickListener(e -> addNeighbours());
        open.addClickListener(e -> selection.stream().findFirst().ifPresent(this::openEntity));
        Button svg = new Button("SVG", VaadinIcon.DOWNLOAD.create(),
                e -> canvas.getElement().executeJs("window.sbDiagram.downloadSvg(this, $0)", fileName("svg")));
        Button png = new Button("PNG", VaadinIcon.PICTURE.create(),
                e -> canvas.getElement().executeJs("window.sbDiagram.downloadPng(this, $0)", fileName("png")));
        svg.getElement().setAttribute("aria-label", "Download SVG");
        png.getElement().setAttribute("aria-label", "Download PNG");
        for (Button b : List.of(relayout, newArea, editArea, saveSuggested, neighbours, open, svg, png)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        Div tools = new Div(views, zoomOut, zoomIn, fit, relayout, newArea, editArea, saveSuggested, neighbours,
                open, svg, png, changes.select());
        tools.addClassName("sb-diagram-tools");
        info.addClassName("sb-diagram-info");
        add(tools, info, changes.legend(), canvas);

        context.onReload(m -> refresh(true));
        context.onMarkers(before -> {
            if (current != null) {
                show(true);
            }
        });
        refresh(false);
    }

    private Button tool(String label, VaadinIcon icon, com.vaadin.flow.component.ComponentEventListener<
            com.vaadin.flow.component.ClickEvent<Button>> click) {
        Button b = new Button(icon.create(), click);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON);
        b.getElement().setAttribute("aria-label", label);
        b.setTooltipText(label);
        return b;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJavaScript("context://diagram/diagram.js");
        if (current != null) {
            show(false);
        }
    }

    private void refresh(boolean keepView) {
        DesignModel model = context.model();
        areas = diagrams.areas(context.designId());
        UUID wanted = defaultView ? null : viewId;
        if (wanted != null && !wanted.equals(context.designId())
                && areas.stream().noneMatch(a -> a.id().equals(wanted))) {
            if (context.isReloadFromOthers()) {
                Notifications.error("The subject area you were looking at was deleted; showing the default view.");
            }
            defaultView = true;
            keepView = false;
        }
        try {
            current = diagrams.view(model, defaultView ? null : viewId);
        } catch (NotFoundException e) {
            defaultView = true;
            current = diagrams.view(model, null);
        }
        viewId = current.id();
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(context.designId(), DiagramService.WHOLE_DESIGN + " (" + model.entities().size()
                + ")"));
        areas.forEach(a -> choices.add(new Choice(a.id(), a.name() + " (" + a.entityIds().size() + ")")));
        Choice selected;
        if (current.suggested()) {
            selected = new Choice(null, current.name() + " (suggested)");
            choices.add(1, selected);
        } else {
            selected = choices.stream().filter(c -> Objects.equals(c.id(), current.id())).findFirst().orElse(null);
        }
        updating = true;
        try {
            views.setItems(choices);
            views.setValue(selected);
        } finally {
            updating = false;
        }
        selection = selection.stream().filter(current.layout()::shows).toList();
        int lines = (int) model.relationships().stream().filter(r -> current.layout().shows(r.fromEntityId())
                && current.layout().shows(r.toEntityId())).count();
        String text = current.layout().boxes().size() + " entities · " + lines + " relationships";
        if (current.suggested()) {
            text += " — this design has " + model.entities().size() + " entities, too many to take in at once: "
                    + "here are the ones around its most connected entity. Pick a subject area or "
                    + DiagramService.WHOLE_DESIGN.toLowerCase() + " from View, or save this one to arrange it.";
        } else if (context.canEdit()) {
            text += " · drag boxes to arrange them; click a name to open it, shift-click to select several";
        } else {
            text += " · click a name to open it";
        }
        info.setText(text);
        changes.refresh();
        show(keepView);
        updateTools();
    }

    private void show(boolean keepView) {
        String svg = changes.applyTo(DiagramSvg.svg(context.model(), current.layout(), problems()));
        boolean editable = context.canEdit() && !current.suggested();
        canvas.getElement().executeJs("""
                const host = this, args = [$0, $1, $2];
                (function attempt(n) {
                  if (window.sbDiagram) { window.sbDiagram.show(host, ...args); }
                  else if (n < 100) { setTimeout(() => attempt(n + 1), 50); }
                })(0);""", svg, keepView, editable);
        if (!selection.isEmpty()) {
            canvas.getElement().executeJs("window.sbDiagram && window.sbDiagram.select(this, $0.split(','))",
                    String.join(",", selection.stream().map(UUID::toString).toList()));
        }
    }

    /** The open problems of each entity (its own, its columns', indexes' and foreign keys'), as box markers. */
    private Map<UUID, DiagramSvg.ProblemMark> problems() {
        Map<UUID, DiagramSvg.ProblemMark> marks = new HashMap<>();
        context.markers().forEach((id, found) -> {
            if (current.layout().shows(id) && !found.isEmpty()) {
                String worst = found.stream().map(ElementMarkers.Marker::severity)
                        .min(Comparator.comparingInt(DiagramPanel::rank)).orElse("info");
                marks.put(id, new DiagramSvg.ProblemMark(worst, found.size(), found.stream().limit(5)
                        .map(m -> m.severity() + ": " + m.message()).collect(Collectors.joining("; "))
                        + (found.size() > 5 ? "; …" : "")));
            }
        });
        return marks;
    }

    private static int rank(String severity) {
        return switch (severity) {
            case "error" -> 0;
            case "warning" -> 1;
            default -> 2;
        };
    }

    private void updateTools() {
        boolean edit = context.canEdit();
        boolean area = current.area() != null;
        relayout.setVisible(edit && !current.suggested());
        relayout.setText(selection.isEmpty() ? "Re-layout" : "Re-layout selection");
        newArea.setVisible(edit && !current.suggested());
        saveSuggested.setVisible(edit && current.suggested());
        editArea.setVisible(edit && area);
        neighbours.setVisible(edit && area);
        neighbours.setEnabled(selection.size() == 1);
        open.setEnabled(selection.size() == 1);
        String one = selection.size() == 1 ? context.model().entityName(selection.get(0)) : null;
        open.setText(one == null ? "Open in editor" : "Open " + one);
        neighbours.setText(one == null ? "Add neighbours" : "Add neighbours of " + one);
    }

    private void relayout() {
        List<UUID> chosen = selection;
        Saving.attempt(() -> diagrams.relayout(context.designId(), current.id(), chosen), context,
                chosen.isEmpty() ? "Laid out " + current.name() : "Laid out the selected entities");
        show(false);
    }

    private void addNeighbours() {
        if (selection.size() != 1 || current.area() == null) {
            return;
        }
        UUID entity = selection.get(0);
        Saving.attempt(() -> diagrams.addNeighbours(current.area().id(), current.area().version(), entity), context,
                "Added the neighbours of " + context.model().entityName(entity));
    }

    private void openAreaDialog(SubjectArea area) {
        if (area == null) {
            Set<UUID> preset = current.suggested() ? current.layout().boxes().keySet() : Set.copyOf(selection);
            new AreaDialog(context, "New subject area", null, preset,
                    (name, ids) -> diagrams.createArea(context.designId(), name, ids), this::showView).open();
        } else {
            new AreaDialog(context, "Edit subject area", area.name(), area.entityIds(), (name, ids) -> {
                diagrams.updateArea(area.id(), area.version(), name, ids);
                return area.id();
            }, this::showView).open();
        }
    }

    private void showView(UUID id) {
        viewId = id;
        defaultView = false;
        selection = List.of();
        refresh(false);
    }

    private void openEntity(UUID entityId) {
        getUI().ifPresent(ui -> ui.navigate("designs/" + context.designId() + "/entities",
                QueryParameters.of("entity", entityId.toString())));
    }

    private void js(String function, Object... args) {
        StringBuilder call = new StringBuilder("window.sbDiagram && window.sbDiagram." + function + "(this");
        for (int i = 0; i < args.length; i++) {
            call.append(", $").append(i);
        }
        canvas.getElement().executeJs(call.append(")").toString(), args);
    }

    private String fileName(String extension) {
        String base = (context.model().name() + " " + current.name()).replaceAll("[^A-Za-z0-9_-]+", "-")
                .replaceAll("^-|-$", "");
        return base + "." + extension;
    }

    @Override
    public void moved(String entityId, int x, int y) {
        if (current == null || current.suggested()) {
            return;
        }
        UUID id = UUID.fromString(entityId);
        Saving.attempt(() -> diagrams.move(context.designId(), current.id(), id, x, y), context, null);
    }

    @Override
    public void selected(String ids) {
        selection = ids == null || ids.isBlank() ? List.of()
                : Arrays.stream(ids.split(",")).map(UUID::fromString).filter(current.layout()::shows).toList();
        updateTools();
        if (selection.size() == 1) {
            context.model().entity(selection.get(0)).ifPresent(e -> context.focus(e.id(), e.name(), false));
        }
    }

    @Override
    public void open(String entityId) {
        UUID id = UUID.fromString(entityId);
        if (context.model().entity(id).map(Entity::id).isPresent()) {
            openEntity(id);
        }
    }

    @Override
    public void exportFailed(String message) {
        Notifications.error(message + " Download the SVG instead.");
    }
}
