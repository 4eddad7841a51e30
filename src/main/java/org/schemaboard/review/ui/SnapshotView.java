package org.schemaboard.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.UUID;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.base.ui.Badges;
import org.schemaboard.base.ui.Notifications;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.DesignSummary;
import org.schemaboard.design.ui.DesignsView;
import org.schemaboard.export.ExportSource;
import org.schemaboard.export.SpecificationExport;
import org.schemaboard.editor.ui.DesignEditorView;
import org.schemaboard.review.ReviewService;
import org.schemaboard.review.Snapshot;

/**
 * An approved version, read-only: its specification rendered from the frozen design.json. The page sits in a
 * sandboxed frame (no scripts, no same origin), so nothing a design's text holds can act on the application.
 */
@Route("designs/:designId/versions/:number")
@PermitAll
public class SnapshotView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DesignService designs;
    private final ReviewService reviews;
    private String title = "Approved version · Schemaboard";

    public SnapshotView(DesignService designs, ReviewService reviews) {
        this.designs = designs;
        this.reviews = reviews;
        addClassName("sb-snapshot");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DesignSummary design;
        Snapshot snapshot;
        ExportSource model;
        try {
            UUID id = UUID.fromString(event.getRouteParameters().get("designId").orElse(""));
            int number = Integer.parseInt(event.getRouteParameters().get("number").orElse(""));
            design = designs.get(id);
            snapshot = reviews.snapshot(id, number);
            model = reviews.snapshotSource(id, number);
        } catch (IllegalArgumentException | NotFoundException e) {
            event.forwardTo(DesignsView.class);
            Notifications.error(e instanceof NotFoundException ? e.getMessage()
                    : "This approved version does not exist.");
            return;
        }
        title = snapshot.label() + " · " + design.name() + " · Schemaboard";
        removeAll();
        RouterLink back = new RouterLink("Back to the design", DesignEditorView.class,
                new RouteParameters(Map.of("designId", design.id().toString(), "section", "review")));
        back.addClassName("sb-back");
        H1 name = new H1(design.name() + " — " + snapshot.label());
        Div header = new Div(name, Badges.of("Approved " + snapshot.label(), "success"),
                Badges.of("Read-only", "contrast"));
        header.addClassName("sb-editor-header");
        Paragraph who = new Paragraph("Approved by " + snapshot.approvedBy() + " on "
                + ThreadList.time(snapshot.approvedAt()) + ". This is the design exactly as it was approved; "
                + "later edits do not change it.");
        who.addClassName("sb-readonly-banner");
        IFrame page = new IFrame();
        page.setSrcdoc(SpecificationExport.html(model));
        page.getElement().setAttribute("sandbox", "");
        page.getElement().setAttribute("title", "Specification " + snapshot.label());
        page.addClassName("sb-snapshot-frame");
        add(back, header, who, page);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
