package org.schemaboard.design.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.base.ui.Notifications;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.DesignSummary;

/** One design: its name and the sections of the specification. The section editors come with the model. */
@Route("designs/:designId")
@PermitAll
public class DesignEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DesignService designs;
    private String title = "Design · Schemaboard";

    public DesignEditorView(DesignService designs) {
        this.designs = designs;
        addClassName("sb-page");
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
        title = design.name() + " · Schemaboard";
        removeAll();

        RouterLink back = new RouterLink("All designs", DesignsView.class);
        back.addClassName("sb-back");
        H1 name = new H1(design.name());
        name.addClassName("sb-page-title");
        Div meta = new Div(DesignsView.badge(design.targetDatabase().label(), "contrast"),
                DesignsView.badge(design.myRole().label(), design.myRole().canEdit() ? "success" : "contrast"));
        meta.addClassName("sb-design-meta");
        add(back, name, meta);
        if (design.description() != null) {
            Paragraph description = new Paragraph(design.description());
            description.addClassName("sb-page-lead");
            add(description);
        }

        Tabs sections = new Tabs(new Tab("Overview"), new Tab("Entities"), new Tab("Relationships"),
                new Tab("Indexes"), new Tab("Query patterns"));
        sections.getElement().setAttribute("aria-label", "Design sections");
        Div body = new Div();
        body.addClassName("sb-empty");
        sections.addSelectedChangeListener(e -> showPlaceholder(body, e.getSelectedTab().getLabel()));
        showPlaceholder(body, "Overview");
        add(sections, body);
    }

    private static void showPlaceholder(Div body, String section) {
        body.removeAll();
        body.add(VaadinIcon.TOOLS.create(), new H2(section),
                new Paragraph("This section of the editor is not built yet."));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
