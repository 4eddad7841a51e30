package org.schemaboard.editor.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.component.avatar.AvatarGroup;
import java.util.List;
import org.schemaboard.collab.DesignEventBus;
import org.schemaboard.collab.Presence;
import org.schemaboard.collab.PresenceRegistry;
import org.schemaboard.security.CurrentUser;
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
import java.util.Objects;
import java.util.UUID;
import java.util.Comparator;
import org.springframework.beans.factory.ObjectProvider;
import org.schemaboard.base.BackgroundWork;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.base.ui.Badges;
import org.schemaboard.base.ui.Notifications;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.DesignSummary;
import org.schemaboard.design.ui.DesignsView;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.LiveModels;

/**
 * The design editor. The section is part of the address ({@code /designs/<id>/indexes}), so a reload or a shared
 * link opens the same section.
 */
@Route("designs/:designId/:section?")
@PermitAll
public class DesignEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DesignService designs;
    private final DesignModelService models;
    private final DesignEventBus bus;
    private final LiveModels liveModels;
    private final PresenceRegistry presence;
    private final CurrentUser currentUser;
    private final AvatarGroup here = new AvatarGroup();
    private final List<EditorSection> sections;
    private final List<EditorHeaderItem> headerItems;
    private final ObjectProvider<ElementComments> comments;
    private final ObjectProvider<ElementMarkers> markers;
    private final BackgroundWork work;
    private LiveUpdates live;
    private String title = "Design · Schemaboard";

    public DesignEditorView(DesignService designs, DesignModelService models, DesignEventBus bus, LiveModels liveModels,
                            PresenceRegistry presence, CurrentUser currentUser, List<EditorSection> sections,
                            List<EditorHeaderItem> headerItems, ObjectProvider<ElementComments> comments,
                            ObjectProvider<ElementMarkers> markers, BackgroundWork work) {
        this.markers = markers;
        this.work = work;
        this.designs = designs;
        this.models = models;
        this.bus = bus;
        this.liveModels = liveModels;
        this.presence = presence;
        this.currentUser = currentUser;
        this.sections = sections.stream().sorted(Comparator.comparingInt(EditorSection::order)).toList();
        this.headerItems = headerItems.stream().sorted(Comparator.comparingInt(EditorHeaderItem::order)).toList();
        this.comments = comments;
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
        EditorContext context = new EditorContext(models, design);
        comments.ifAvailable(context::setComments);
        markers.ifAvailable(m -> context.setMarkers(m, work));
        if (live != null) {
            live.detach();
        }
        live = new LiveUpdates(context, bus, liveModels, presence, currentUser.require());
        context.setLive(live);
        if (isAttached()) {
            startLive();
        }
        add(header(design, context));

        add(groupBar(design, section), sectionBar(design, section));

        Component panel = section.create(context, event.getLocation().getQueryParameters());
        Div body = new Div(panel);
        body.addClassName("sb-section");
        add(body);
    }

    /** One tab per group of sections; choosing one opens the group's first section. */
    private Tabs groupBar(DesignSummary design, EditorSection open) {
        Map<EditorSection.Group, EditorSection> firstOfGroup = new LinkedHashMap<>();
        sections.forEach(s -> firstOfGroup.putIfAbsent(s.group(), s));
        Map<Tab, EditorSection> tabs = new LinkedHashMap<>();
        firstOfGroup.forEach((group, first) -> tabs.put(new Tab(group.label()), first));
        Tabs bar = new Tabs(tabs.keySet().toArray(Tab[]::new));
        bar.getElement().setAttribute("aria-label", "Section groups");
        bar.addClassName("sb-section-groups");
        tabs.forEach((tab, first) -> {
            if (first.group() == open.group()) {
                bar.setSelectedTab(tab);
            }
        });
        bar.addSelectedChangeListener(e -> navigate(design, tabs.get(e.getSelectedTab())));
        return bar;
    }

    /** The open group's sections. */
    private Tabs sectionBar(DesignSummary design, EditorSection open) {
        Map<Tab, EditorSection> tabs = new LinkedHashMap<>();
        sections.stream().filter(s -> s.group() == open.group()).forEach(s -> tabs.put(new Tab(s.label()), s));
        Tabs bar = new Tabs(tabs.keySet().toArray(Tab[]::new));
        bar.getElement().setAttribute("aria-label", "Design sections");
        bar.addClassName("sb-sections");
        tabs.forEach((tab, s) -> {
            if (s == open) {
                bar.setSelectedTab(tab);
            }
        });
        bar.addSelectedChangeListener(e -> navigate(design, tabs.get(e.getSelectedTab())));
        return bar;
    }

    private void navigate(DesignSummary design, EditorSection to) {
        if (to != null) {
            getUI().ifPresent(ui -> ui.navigate(DesignEditorView.class,
                    new RouteParameters(Map.of("designId", design.id().toString(), "section", to.key()))));
        }
    }

    private Component header(DesignSummary design, EditorContext context) {
        RouterLink back = new RouterLink("All designs", DesignsView.class);
        back.addClassName("sb-back");
        H1 name = new H1(design.name());
        name.setTitle(design.name()); // the whole name, where the header shortens it
        Div spacer = new Div();
        spacer.addClassName("sb-spacer");
        Div header = new Div(name, Badges.of(design.targetDatabase().label(), "contrast"),
                Badges.of(design.myRole().label(), design.myRole().canEdit() ? "success" : "contrast"));
        addHeaderItems(header, EditorHeaderItem.Place.BADGE, context);
        header.add(spacer, here);
        addHeaderItems(header, EditorHeaderItem.Place.ACTION, context);
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

    private void addHeaderItems(Div header, EditorHeaderItem.Place place, EditorContext context) {
        headerItems.stream().filter(item -> item.place() == place).map(item -> item.create().apply(context))
                .filter(Objects::nonNull).forEach(header::add);
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
        live.attach(ui, VaadinSession.getCurrent().getSession().getId());
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
