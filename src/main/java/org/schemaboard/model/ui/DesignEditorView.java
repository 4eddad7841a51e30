package org.schemaboard.model.ui;

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
import org.schemaboard.security.SignedInUser;
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
import java.util.function.Supplier;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.base.ui.Badges;
import org.schemaboard.base.ui.Notifications;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.DesignSummary;
import org.schemaboard.design.ui.DesignsView;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.EntityService;
import org.schemaboard.model.IndexService;
import org.schemaboard.model.QueryPatternService;
import org.schemaboard.model.RelationshipService;

/**
 * The design editor. The section is part of the address ({@code /designs/<id>/indexes}), so a reload or a shared
 * link opens the same section.
 */
@Route("designs/:designId/:section?")
@PermitAll
public class DesignEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("entities", "Entities");
        SECTIONS.put("relationships", "Relationships");
        SECTIONS.put("indexes", "Indexes");
        SECTIONS.put("query-patterns", "Query patterns");
        SECTIONS.put("history", "History");
    }

    private final DesignService designs;
    private final DesignModelService models;
    private final EntityService entities;
    private final RelationshipService relationships;
    private final IndexService indexes;
    private final QueryPatternService queryPatterns;
    private final DesignEventBus bus;
    private final PresenceRegistry presence;
    private final CurrentUser currentUser;
    private final AvatarGroup here = new AvatarGroup();
    private LiveUpdates live;
    private String title = "Design · Schemaboard";

    public DesignEditorView(DesignService designs, DesignModelService models, EntityService entities,
                            RelationshipService relationships, IndexService indexes,
                            QueryPatternService queryPatterns, DesignEventBus bus, PresenceRegistry presence,
                            CurrentUser currentUser) {
        this.designs = designs;
        this.models = models;
        this.entities = entities;
        this.relationships = relationships;
        this.indexes = indexes;
        this.queryPatterns = queryPatterns;
        this.bus = bus;
        this.presence = presence;
        this.currentUser = currentUser;
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
        String section = event.getRouteParameters().get("section").filter(SECTIONS::containsKey).orElse("entities");
        title = SECTIONS.get(section) + " · " + design.name() + " · Schemaboard";
        removeAll();
        EditorContext context = new EditorContext(models, design.id(), design.myRole());
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
        SECTIONS.forEach((key, label) -> tabs.put(key, new Tab(label)));
        Tabs bar = new Tabs(tabs.values().toArray(Tab[]::new));
        bar.getElement().setAttribute("aria-label", "Design sections");
        bar.setSelectedTab(tabs.get(section));
        bar.addSelectedChangeListener(e -> tabs.forEach((key, tab) -> {
            if (tab == e.getSelectedTab()) {
                getUI().ifPresent(ui -> ui.navigate(DesignEditorView.class,
                        new RouteParameters(Map.of("designId", design.id().toString(), "section", key))));
            }
        }));
        add(bar);

        Map<String, Supplier<Component>> panels = Map.of(
                "entities", () -> new EntitiesPanel(context, entities),
                "relationships", () -> new RelationshipsPanel(context, relationships),
                "indexes", () -> new IndexesPanel(context, indexes),
                "query-patterns", () -> new QueryPatternsPanel(context, queryPatterns),
                "history", () -> new HistoryPanel(context, models,
                        event.getLocation().getQueryParameters().getSingleParameter("element").orElse(null)));
        Component panel = panels.get(section).get();
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
                e -> new ExportDialog(models.load(design.id())).open());
        export.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div header = new Div(name, Badges.of(design.targetDatabase().label(), "contrast"),
                Badges.of(design.myRole().label(), design.myRole().canEdit() ? "success" : "contrast"), spacer, here,
                export);
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
        String key = VaadinSession.getCurrent().getSession().getId() + ":" + ui.getUIId();
        live.attach(ui, key, me.username(), me.displayName(), me.initials());
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

    @Override
    public String getPageTitle() {
        return title;
    }
}
