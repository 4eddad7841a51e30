package org.schemaboard.editor.ui;

import org.schemaboard.editor.ui.entity.EntitiesPanel;
import org.schemaboard.editor.ui.index.IndexesPanel;
import org.schemaboard.editor.ui.querypattern.QueryPatternsPanel;
import org.schemaboard.editor.ui.relationship.RelationshipsPanel;
import org.schemaboard.export.ui.ExportDialog;
import org.schemaboard.history.ui.HistoryPanel;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.schemaboard.collab.DesignEventBus;
import org.schemaboard.collab.Presence;
import org.schemaboard.collab.PresenceRegistry;
import org.schemaboard.security.CurrentUser;
import org.schemaboard.base.SignedInUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.ArrayList;
import java.util.Comparator;
import com.vaadin.flow.router.QueryParameters;
import org.springframework.beans.factory.ObjectProvider;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.base.ui.Badges;
import org.schemaboard.base.ui.Notifications;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.DesignSummary;
import org.schemaboard.design.ui.DesignsView;
import org.schemaboard.export.ExportSources;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.model.index.IndexService;
import org.schemaboard.model.querypattern.QueryPatternService;
import org.schemaboard.model.relationship.RelationshipService;
import org.schemaboard.importing.sql.SqlImportService;
import org.schemaboard.importing.ui.SqlImportDialog;

/**
 * The design editor. The section is part of the address ({@code /designs/<id>/indexes}), so a reload or a shared
 * link opens the same section.
 */
@Route("designs/:designId/:section?")
@PermitAll
public class DesignEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DesignService designs;
    private final DesignModelService models;
    private final EntityService entities;
    private final RelationshipService relationships;
    private final IndexService indexes;
    private final QueryPatternService queryPatterns;
    private final DesignEventBus bus;
    private final PresenceRegistry presence;
    private final CurrentUser currentUser;
    private final SqlImportService sqlImports;
    private final ExportSources exportSources;
    private final AvatarGroup here = new AvatarGroup();
    private final List<EditorSection> sections;
    private final ObjectProvider<ElementComments> comments;
    private final ObjectProvider<EditorHeaderItem> headerItems;
    private LiveUpdates live;
    private String title = "Design · Schemaboard";

    public DesignEditorView(DesignService designs, DesignModelService models, EntityService entities,
                            RelationshipService relationships, IndexService indexes,
                            QueryPatternService queryPatterns, DesignEventBus bus, PresenceRegistry presence,
                            CurrentUser currentUser, ObjectProvider<EditorSection> moreSections,
                            ObjectProvider<ElementComments> comments, ObjectProvider<EditorHeaderItem> headerItems,
                            SqlImportService sqlImports, ExportSources exportSources) {
        this.exportSources = exportSources;
        this.comments = comments;
        this.headerItems = headerItems;
        this.designs = designs;
        this.models = models;
        this.entities = entities;
        this.relationships = relationships;
        this.indexes = indexes;
        this.queryPatterns = queryPatterns;
        this.bus = bus;
        this.presence = presence;
        this.currentUser = currentUser;
        this.sqlImports = sqlImports;
        List<EditorSection> all = new ArrayList<>(List.of(
                section("entities", "Entities", 100, (c, q) -> new EntitiesPanel(c, entities,
                        q.getSingleParameter("entity").map(DesignEditorView::uuidOrNull).orElse(null))),
                section("relationships", "Relationships", 200, (c, q) -> new RelationshipsPanel(c, relationships)),
                section("indexes", "Indexes", 300, (c, q) -> new IndexesPanel(c, indexes)),
                section("query-patterns", "Query patterns", 400, (c, q) -> new QueryPatternsPanel(c, queryPatterns)),
                section("history", "History", 10000, (c, q) -> new HistoryPanel(c, models,
                        q.getSingleParameter("element").orElse(null)))));
        moreSections.orderedStream().forEach(all::add);
        all.sort(Comparator.comparingInt(EditorSection::order));
        this.sections = List.copyOf(all);
        here.setMaxItemsVisible(6);
        here.getElement().setAttribute("aria-label", "People in this design");
        here.addClassName("sb-here");
        addClassName("sb-editor");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DesignSummary design;
        try {
            design = designs.get(UUID.fromString(event.getRouteParameters().get("designId").orElse("")));
        } catch (IllegalArgumentException | NotFoundException e) {
            event.forwardTo(DesignsView.class);
            Notifications.error("This design does not exist or you are not a member of it.");
            return;
        }
        String key = event.getRouteParameters().get("section").orElse("entities");
        EditorSection section = sections.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElse(sections.get(0));
        title = section.label() + " · " + design.name() + " · Schemaboard";
        removeAll();
        EditorContext context = new EditorContext(models, design.id(), design.myRole());
        comments.ifAvailable(context::setComments);
        if (live != null) {
            live.detach();
        }
        live = new LiveUpdates(context, bus, presence, currentUser.require().username());
        context.setLive(live);
        if (isAttached()) {
            startLive();
        }
        add(header(design, context));

        Map<String, Tab> tabs = new LinkedHashMap<>();
        sections.forEach(s -> tabs.put(s.key(), new Tab(s.label())));
        Tabs bar = new Tabs(tabs.values().toArray(Tab[]::new));
        bar.getElement().setAttribute("aria-label", "Design sections");
        bar.setSelectedTab(tabs.get(section.key()));
        bar.addSelectedChangeListener(e -> tabs.forEach((tabKey, tab) -> {
            if (tab == e.getSelectedTab()) {
                getUI().ifPresent(ui -> ui.navigate(DesignEditorView.class,
                        new RouteParameters(Map.of("designId", design.id().toString(), "section", tabKey))));
            }
        }));
        add(bar);

        Component panel = section.create(context, event.getLocation().getQueryParameters());
        Div body = new Div(panel);
        body.addClassName("sb-section");
        add(body);
    }

    private Component header(DesignSummary design, EditorContext context) {
        RouterLink back = new RouterLink("All designs", DesignsView.class);
        back.addClassName("sb-back");
        H1 name = new H1(design.name());
        Div spacer = new Div();
        spacer.addClassName("sb-spacer");
        Button export = new Button("Export specification", VaadinIcon.DOWNLOAD.create(),
                e -> new ExportDialog(exportSources.of(design.id())).open());
        export.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div header = new Div(name, Badges.of(design.targetDatabase().label(), "contrast"),
                Badges.of(design.myRole().label(), design.myRole().canEdit() ? "success" : "contrast"));
        headerItems.orderedStream().forEach(item -> header.add(item.create(context)));
        header.add(spacer, here);
        if (context.canEdit()) {
            Button importSql = new Button("Import SQL", VaadinIcon.UPLOAD.create(), e -> new SqlImportDialog(sqlImports,
                    design.id(), design.name(), design.targetDatabase(), id -> context.reload()).open());
            importSql.addThemeVariants(ButtonVariant.LUMO_SMALL);
            header.add(importSql);
        }
        header.add(export);
        header.addClassName("sb-editor-header");
        Div top = new Div(back, header);
        if (!context.canEdit()) {
            Paragraph banner = new Paragraph("You are " + (design.myRole().name().startsWith("O") ? "an " : "a ")
                    + design.myRole().label().toLowerCase() + " of this design: you can read everything here, "
                    + "but only owners and editors change the model.");
            banner.addClassName("sb-readonly-banner");
            top.add(banner);
        }
        return top;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        startLive();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (live != null) {
            live.detach();
        }
    }

    private void startLive() {
        UI ui = UI.getCurrent();
        SignedInUser me = currentUser.require();
        live.attach(ui, VaadinSession.getCurrent().getSession().getId(), me.username(), me.displayName(),
                me.initials());
        live.onPresence(this::showPresence);
    }

    private void showPresence(List<Presence> others) {
        Map<String, Presence> byPerson = new LinkedHashMap<>();
        others.forEach(p -> byPerson.merge(p.username(), p, (a, b) -> b.focus() != null ? b : a));
        here.setItems(byPerson.values().stream().map(p -> {
            AvatarGroup.AvatarGroupItem item = new AvatarGroup.AvatarGroupItem(p.displayName()
                    + (p.focus() == null ? "" : (p.editing() ? " — editing " : " — looking at ") + p.focus()));
            item.setAbbreviation(p.initials());
            return item;
        }).toList());
        here.setVisible(!byPerson.isEmpty());
    }

    private static EditorSection section(String key, String label, int order,
                                         BiFunction<EditorContext, QueryParameters, Component> factory) {
        return new EditorSection() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public String label() {
                return label;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public Component create(EditorContext context, QueryParameters query) {
                return factory.apply(context, query);
            }
        };
    }

    private static UUID uuidOrNull(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
